import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { ClaimBlocker, CreditClaimOptionsQuery } from '../../gql/graphql';
import { creditProfilePath } from '../../paths/account-paths';
import { myCertificatesPath } from '../../paths/certificate-paths';
import { coursePath } from '../../paths/learn-paths';
import { transcriptPath } from '../../paths/transcript-paths';
import { claimedCreditLabel, durationWords } from '../../ui/credit-words';
import { Day } from '../../ui/Day';
import { PageTitle } from '../../ui/PageTitle';
import { QueryStatus } from '../../ui/QueryStatus';
import { ClaimCreditForm } from './ClaimCreditForm';
import { CourseEvaluationForm } from './CourseEvaluationForm';
import './credit.css';

const CreditClaimOptionsQuery = graphql(`
  query CreditClaimOptions($courseSlug: String!) {
    creditClaimOptions(courseSlug: $courseSlug) {
      certificateCode
      blocker
      measuredMinutes
      offers {
        type
        maximum
        designation
        openToProfession
      }
      claim {
        creditType
        amount
        designation
        claimedAt
        measuredMinutes
        attested
      }
    }
  }
`);

const STEPS = ['Evaluate the course', 'State your profession', 'Claim the credit'];

/** The step the learner is on: the evaluation, the profile, the claim, or past the last once claimed. */
const STEP_OF: Record<Exclude<ClaimBlocker, 'NO_CERTIFICATE'> | 'READY', number> = {
  EVALUATION_REQUIRED: 0,
  CREDIT_PROFILE_REQUIRED: 1,
  READY: 2,
  ALREADY_CLAIMED: 3,
};

/** A learner who holds a course's certificate evaluates the course, states their profession, then claims its credit once. */
export function ClaimCreditPage() {
  const { courseSlug = '' } = useParams();
  const [{ data, error }, reexecuteQuery] = useQuery({ query: CreditClaimOptionsQuery, variables: { courseSlug }, requestPolicy: 'cache-and-network' });
  const refresh = () => reexecuteQuery({ requestPolicy: 'network-only' });

  return (
    <section className="claim-page">
      <PageTitle>Claim credit</PageTitle>
      <h1>Claim credit</h1>
      {!data ? (
        <QueryStatus subject="what you can claim" error={error} reexecuteQuery={reexecuteQuery} />
      ) : (
        <ClaimSteps courseSlug={courseSlug} options={data.creditClaimOptions} onChange={refresh} />
      )}
    </section>
  );
}

type Options = CreditClaimOptionsQuery['creditClaimOptions'];

function ClaimSteps({ courseSlug, options, onChange }: { courseSlug: string; options: Options; onChange: () => void }) {
  const { blocker, claim } = options;
  if (blocker === 'NO_CERTIFICATE') {
    return (
      <p className="notice">
        Credit is claimed on the certificate you earn by completing the course. <Link to={coursePath(courseSlug)}>Back to the course</Link>
      </p>
    );
  }
  const current = STEP_OF[blocker ?? 'READY'];
  return (
    <>
      <ol className="claim-steps">
        {STEPS.map((step, index) => (
          <li key={step} aria-current={index === current ? 'step' : undefined} className={index < current ? 'claim-steps__done' : undefined}>
            {step}
            {index < current && <span className="visually-hidden"> (done)</span>}
          </li>
        ))}
      </ol>
      {blocker === 'EVALUATION_REQUIRED' && <CourseEvaluationForm courseSlug={courseSlug} onSubmitted={onChange} />}
      {blocker === 'CREDIT_PROFILE_REQUIRED' && (
        <p className="notice">
          The credit you may claim depends on your profession. <Link to={creditProfilePath}>State it in your credit profile</Link>, then come
          back to this page.
        </p>
      )}
      {blocker === null && <ClaimCreditForm courseSlug={courseSlug} offers={options.offers} measuredMinutes={options.measuredMinutes} onClaimed={onChange} />}
      {claim && (
        <div className="claim-done" role="status">
          <h2>Credit claimed</h2>
          <p>
            {claimedCreditLabel(claim)} on <Day date={claim.claimedAt} />
            {claim.attested && `, attested beyond the ${durationWords(claim.measuredMinutes)} the platform measured`}.
          </p>
          <p className="form-field__hint">{claim.designation}</p>
          <p>
            Your certificate {options.certificateCode} now states the claim: <Link to={myCertificatesPath}>download it from My certificates</Link>, or see it
            on your <Link to={transcriptPath}>transcript</Link>.
          </p>
        </div>
      )}
    </>
  );
}
