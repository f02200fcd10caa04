import { useQuery } from 'urql';
import { graphql } from '../../gql';
import './provider-sign-in.css';
import { FormAlert } from '../../ui/FormAlert';

const SignInProvidersQuery = graphql(`
  query SignInProviders {
    signInProviders {
      slug
      displayName
      signInUrl
    }
  }
`);

/** Why a sign-in through a provider came back refused, by the code the platform put in the address. */
const PROVIDER_PROBLEMS: Record<string, string> = {
  SSO_STATE_INVALID: 'That sign-in was not started here, was used already or took too long. Start it again.',
  SSO_FAILED: 'Your organisation’s sign-in did not complete. Try again, or sign in with your password.',
  SSO_EMAIL_NOT_VERIFIED: 'Your organisation did not confirm your email address, so it cannot sign you in here.',
  SSO_EMAIL_NOT_ALLOWED: 'Your email address is not one your organisation signs in here.',
  SSO_PROVIDER_UNKNOWN: 'That sign-in is not offered here.',
  RATE_LIMITED: 'Too many sign-ins were started from this address. Try again in a few minutes.',
};

/** "Sign in with <provider>" for each organisation that signs its people in here, and what went wrong last time. */
export function ProviderSignIn({ problemCode }: { problemCode: string | null }) {
  const [{ data }] = useQuery({ query: SignInProvidersQuery });
  const providers = data?.signInProviders ?? [];
  return (
    <>
      {problemCode && <FormAlert>{PROVIDER_PROBLEMS[problemCode] ?? 'Your organisation’s sign-in did not complete. Try again, or sign in with your password.'}</FormAlert>}
      {providers.length > 0 && (
        <ul className="provider-sign-in" aria-label="Sign in with your organisation">
          {providers.map((provider) => (
            <li key={provider.slug}>
              {/* A full page load: the provider's sign-in is not a page of this app. */}
              <a className="button button--quiet" href={provider.signInUrl}>
                Sign in with {provider.displayName}
              </a>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
