import { useParams } from 'react-router';
import { useQuery, type CombinedError } from 'urql';
import { graphql } from '../../gql';
import { messageWithRetryTime, readProblem } from '../../ui/api-problem';
import { statusLabel } from '../../ui/certificate-words';
import { PageTitle } from '../../ui/PageTitle';
import { QueryStatus } from '../../ui/QueryStatus';
import { CodeForm } from './CodeForm';
import { VerificationReport, type Verification } from './VerificationReport';
import './verify.css';

const VerifyCertificateQuery = graphql(`
  query VerifyCertificate($code: String!) {
    verifyCertificate(code: $code) {
      status
      code
      holderName
      courseTitle
      creditHours
      issuedAt
      expiresAt
      revokedAt
      issuerName
      courseVersion
      courseReviewedAt
      currentCourseVersion
      quizVersions {
        title
        version
      }
      credits {
        type
        maximum
        designation
      }
      accreditationStatement
      disclosuresAcknowledgedAt
      creditClaim {
        creditType
        amount
        designation
        claimedAt
      }
    }
  }
`);

const description = 'Check a certificate issued on Practitioner Training: who holds it, for which course and credit, and whether it is still valid.';

/** Public: anyone with a code, or the QR code on a certificate, checks it here without an account. */
export function VerifyPage() {
  const { code } = useParams();
  return (
    <div className="verification">
      {code ? (
        <>
          {/* A certificate's page names its holder: it stays out of search indexes (the API says so too, in X-Robots-Tag). */}
          <meta name="robots" content="noindex" />
          <CodeVerification key={code} code={code} />
        </>
      ) : (
        <>
          <header className="page-header">
            <PageTitle description={description}>Check a certificate</PageTitle>
            <h1>Check a certificate</h1>
            <p className="lede">
              Type the code printed on a certificate to see whether it is valid and everything it says. You don’t need an account.
            </p>
          </header>
          <CodeForm />
        </>
      )}
    </div>
  );
}

function CodeVerification({ code }: { code: string }) {
  const [{ data, error }, reexecuteQuery] = useQuery({ query: VerifyCertificateQuery, variables: { code } });
  // The form for another code comes with the answer, so that the answer does not push it down the page as it arrives.
  if (!data && !error) return <QueryStatus subject="this certificate" error={error} reexecuteQuery={reexecuteQuery} />;
  return (
    <>
      <CodeAnswer code={code} verification={data?.verifyCertificate} error={error} reexecuteQuery={reexecuteQuery} />
      <CodeForm heading="Check another code" />
    </>
  );
}

interface CodeAnswerProps {
  code: string;
  verification: Verification | undefined;
  error: CombinedError | undefined;
  reexecuteQuery: () => void;
}

function CodeAnswer({ code, verification, error, reexecuteQuery }: CodeAnswerProps) {
  const problem = error && readProblem(error);
  if (problem?.code === 'RATE_LIMITED') {
    return (
      <section className="notice notice--error verification__limit" role="alert">
        <PageTitle>Too many checks</PageTitle>
        <h1>Too many checks for now</h1>
        <p>{messageWithRetryTime(problem)}</p>
        <p>Checks are limited so that nobody can find certificates by guessing codes. Try this code again then.</p>
      </section>
    );
  }
  if (!verification) return <QueryStatus subject="this certificate" error={error} reexecuteQuery={reexecuteQuery} />;
  return (
    <>
      <PageTitle description={description}>{`Certificate ${verification.code ?? code}: ${statusLabel(verification.status, verification)}`}</PageTitle>
      <VerificationReport verification={verification} askedCode={code} />
    </>
  );
}
