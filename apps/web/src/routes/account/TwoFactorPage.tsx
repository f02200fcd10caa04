import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { safeReturnPath } from '../../paths/account-paths';
import { PageTitle } from '../../ui/PageTitle';
import { QueryStatus } from '../../ui/QueryStatus';
import { RecoveryCodesList } from './RecoveryCodesList';
import { TwoFactorOnSection } from './TwoFactorOnSection';
import { TwoFactorSetupSection } from './TwoFactorSetupSection';
import './account.css';
import './two-factor.css';

const MyTwoFactorQuery = graphql(`
  query MyTwoFactor {
    myTwoFactor {
      enabled
      required
      recoveryCodesLeft
    }
  }
`);

/** Two-factor sign-in: set up with an authenticator app, recovery codes, and turning it off. */
export function TwoFactorPage() {
  const [{ data, error }, reexecute] = useQuery({ query: MyTwoFactorQuery });
  // Shown once, right after they are made: the server keeps only their hashes.
  const [freshCodes, setFreshCodes] = useState<string[] | null>(null);
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  // Set when a page of the role sent an admin or reviewer here: back there once it is on.
  const returnPath = searchParams.has('next') ? safeReturnPath(searchParams.get('next')) : null;

  function changed(codes: string[] | null) {
    setFreshCodes(codes);
    reexecute({ requestPolicy: 'network-only' });
  }

  if (!data) return <QueryStatus subject="your two-factor sign-in" error={error} reexecuteQuery={reexecute} />;
  const { enabled, required, recoveryCodesLeft } = data.myTwoFactor;
  return (
    <section className="account-page account-page--wide">
      <PageTitle>Two-factor sign-in</PageTitle>
      <h1>Two-factor sign-in</h1>
      {required && !enabled && (
        <p role="status" className="notice">
          Admins and reviewers use their role only with two-factor sign-in on. Set it up below to go on.
        </p>
      )}
      {freshCodes && <RecoveryCodesList codes={freshCodes} onDone={() => (returnPath ? navigate(returnPath) : setFreshCodes(null))} />}
      {!freshCodes && enabled && <TwoFactorOnSection recoveryCodesLeft={recoveryCodesLeft} onChanged={changed} />}
      {!freshCodes && !enabled && <TwoFactorSetupSection onEnabled={changed} />}
    </section>
  );
}
