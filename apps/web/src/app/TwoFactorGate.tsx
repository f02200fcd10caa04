import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { twoFactorPath } from '../paths/two-factor-paths';
import { PageTitle } from '../ui/PageTitle';
import { QueryStatus } from '../ui/QueryStatus';

const TwoFactorGateQuery = graphql(`
  query TwoFactorGate {
    myTwoFactor {
      enabled
    }
  }
`);

/** The pages of the admin and reviewer roles, once two-factor sign-in is on; until then, the way to turn it on. */
export function TwoFactorGate({ children }: { children: ReactNode }) {
  // Asked afresh each time: turning it on elsewhere in the app must open these pages at once.
  const [{ data, error }, reexecute] = useQuery({ query: TwoFactorGateQuery, requestPolicy: 'network-only' });
  const { pathname, search } = useLocation();

  if (!data) return <QueryStatus subject="your two-factor sign-in" error={error} reexecuteQuery={reexecute} />;
  if (data.myTwoFactor.enabled) return children;
  return (
    <section className="notice">
      <PageTitle>Turn on two-factor sign-in</PageTitle>
      <h1>Turn on two-factor sign-in first</h1>
      <p>
        Admins and reviewers issue certificates and sign off courses, so they use their role only with two-factor sign-in on: a code
        from an authenticator app on your phone as well as your password.
      </p>
      <p>
        <Link className="button" to={`${twoFactorPath}?next=${encodeURIComponent(`${pathname}${search}`)}`}>
          Set up two-factor sign-in
        </Link>
      </p>
    </section>
  );
}
