import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { RegradeDecision, RegradedCertificatesQuery } from '../../gql/graphql';
import { readProblem } from '../../ui/api-problem';
import { Day } from '../../ui/Day';
import { scoreLabel } from '../../ui/progress-words';
import { QueryStatus } from '../../ui/QueryStatus';
import { ReasonDialog } from '../../ui/ReasonDialog';
import '../../ui/table.css';

const RegradedCertificatesQuery = graphql(`
  query RegradedCertificates {
    certificatesAfterRegrades {
      certificateId
      code
      holderName
      holderEmail
      courseTitle
      issuedAt
      quizTitle
      regradeId
      regradedAt
      oldScore
      newScore
    }
  }
`);

const DecideMutation = graphql(`
  mutation DecideRegradedCertificate($certificateId: ID!, $regradeId: ID!, $decision: RegradeDecision!, $reason: String!) {
    decideRegradedCertificate(certificateId: $certificateId, regradeId: $regradeId, decision: $decision, reason: $reason) {
      certificateId
      decision
    }
  }
`);

type InDoubt = RegradedCertificatesQuery['certificatesAfterRegrades'][number];

/** Certificates whose holder no longer passes after a regrade: each stays valid until an admin keeps or revokes it. */
export function RegradedCertificatesPanel() {
  const [{ data, error }, reexecuteQuery] = useQuery({ query: RegradedCertificatesQuery, requestPolicy: 'cache-and-network' });
  const [, decide] = useMutation(DecideMutation);
  const [deciding, setDeciding] = useState<{ certificate: InDoubt; decision: RegradeDecision } | null>(null);

  if (!data) return <QueryStatus subject="certificates after regrades" error={error} reexecuteQuery={reexecuteQuery} />;
  const listed = data.certificatesAfterRegrades;

  async function confirm(reason: string): Promise<string | null> {
    const { certificate, decision } = deciding!;
    const result = await decide({ certificateId: certificate.certificateId, regradeId: certificate.regradeId, decision, reason });
    if (result.error) return readProblem(result.error).message;
    reexecuteQuery({ requestPolicy: 'network-only' });
    return null;
  }

  return (
    <section aria-labelledby="regraded-heading">
      <h2 id="regraded-heading">After regrades</h2>
      <p>
        A regrade changed these holders' results: they no longer pass a quiz of the course. Their certificates stay valid until you
        keep or revoke each, with a reason for the audit log.
      </p>
      {listed.length === 0 ? (
        <p>No certificate waits for a decision.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption>Certificates awaiting a decision</caption>
            <thead>
              <tr>
                <th scope="col">Holder</th>
                <th scope="col">Certificate</th>
                <th scope="col">Quiz</th>
                <th scope="col">Regraded</th>
                <th scope="col">Score</th>
                <th scope="col">Decision</th>
              </tr>
            </thead>
            <tbody>
              {listed.map((certificate) => (
                <tr key={certificate.certificateId}>
                  <th scope="row">
                    {certificate.holderName} ({certificate.holderEmail})
                  </th>
                  <td>
                    {certificate.courseTitle}, <code>{certificate.code}</code>, issued <Day date={certificate.issuedAt} />
                  </td>
                  <td>{certificate.quizTitle}</td>
                  <td>
                    <Day date={certificate.regradedAt} />
                  </td>
                  <td>{`${scoreLabel(certificate.oldScore)} → ${scoreLabel(certificate.newScore)}`}</td>
                  <td className="row-actions">
                    <Button className="button button--small" onPress={() => setDeciding({ certificate, decision: 'KEEP' })}>
                      Keep… <span className="visually-hidden">{certificate.holderName}'s certificate</span>
                    </Button>
                    <Button className="button button--small button--quiet" onPress={() => setDeciding({ certificate, decision: 'REVOKE' })}>
                      Revoke… <span className="visually-hidden">{certificate.holderName}'s certificate</span>
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {deciding && (
        <ReasonDialog
          title={deciding.decision === 'KEEP' ? 'Keep this certificate?' : 'Revoke this certificate?'}
          reasonLabel={deciding.decision === 'KEEP' ? 'Why it stands' : 'Reason for revoking'}
          confirmLabel={deciding.decision === 'KEEP' ? 'Keep it' : 'Revoke it'}
          onConfirm={confirm}
          onClose={() => setDeciding(null)}
        >
          <p>
            {`${deciding.certificate.holderName}'s certificate ${deciding.certificate.code} for ${deciding.certificate.courseTitle}. `}
            {deciding.decision === 'REVOKE' ? 'A revocation is permanent and shows on the verify page.' : 'It stays valid.'}
          </p>
        </ReasonDialog>
      )}
    </section>
  );
}
