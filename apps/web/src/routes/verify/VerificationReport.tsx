import type { ReactNode } from 'react';
import type { VerifyCertificateQuery } from '../../gql/graphql';
import { dayOf, statusIcons, statusLabel } from '../../ui/certificate-words';
import { claimedCreditLabel, creditLabel } from '../../ui/credit-words';
import { Day } from '../../ui/Day';
import { siteName } from '../../ui/PageTitle';

export type Verification = VerifyCertificateQuery['verifyCertificate'];

interface VerificationReportProps {
  verification: Verification;
  /** The code as it was asked for, to name it when nothing was found. */
  askedCode: string;
}

/** The verdict first, in words and with an icon, then every claim the certificate makes. */
export function VerificationReport({ verification, askedCode }: VerificationReportProps) {
  const { status } = verification;
  const checkedAt = new Date();
  return (
    <>
      <section className={`verdict verdict--${status.toLowerCase().replace('_', '-')}`} aria-labelledby="verdict-heading">
        <span className="verdict__icon" aria-hidden="true">
          {statusIcons[status]}
        </span>
        <div>
          <p className="eyebrow">Certificate check</p>
          <h1 id="verdict-heading">{headline(verification)}</h1>
          <p className="verdict__meaning">{meaning(verification, askedCode)}</p>
        </div>
      </section>
      {status !== 'NOT_FOUND' && <CertificateClaims verification={verification} />}
      <p className="verification__checked">
        Checked on <time dateTime={checkedAt.toISOString()}>{dayOf(checkedAt.toISOString())}</time> at{' '}
        {checkedAt.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' })} UTC.
      </p>
      <p className="verification__print">
        <button type="button" className="button button--quiet" onClick={() => window.print()}>
          Print this check
        </button>
      </p>
    </>
  );
}

function headline(verification: Verification): string {
  if (verification.status === 'VALID') return 'Valid certificate';
  if (verification.status === 'NOT_FOUND') return 'Certificate not found';
  return statusLabel(verification.status, verification);
}

function meaning({ status, issuerName, expiresAt }: Verification, askedCode: string): string {
  switch (status) {
    case 'VALID':
      return (
        `${issuerName} issued this certificate and it is in force. Compare each detail below with the certificate ` +
        'you were shown: if any of them differs, that copy was altered.'
      );
    case 'REVOKED':
      return `${issuerName} withdrew this certificate. It is no longer valid, whatever a copy of it says.`;
    case 'EXPIRED':
      return (
        `This certificate was valid until ${expiresAt ? dayOf(expiresAt) : 'its expiry date'}. ` +
        'The holder can recertify by passing the course’s final exam again.'
      );
    case 'NOT_FOUND':
      return (
        `No certificate has the code ${askedCode}. Check it against the certificate: the last symbol of a code ` +
        `catches a mistyped one. A code that is still not found was not issued by ${siteName}.`
      );
  }
}

/** Laid out in the order the PDF prints them, so the two can be compared line by line. */
function CertificateClaims({ verification }: { verification: Verification }) {
  const { holderName, courseTitle, creditHours, issuedAt, expiresAt, revokedAt, issuerName, code } = verification;
  return (
    <section className="claims" aria-labelledby="claims-heading">
      <h2 id="claims-heading">What the certificate says</h2>
      <dl className="claims__list">
        <Claim term="Holder">
          {/* Isolated, so that no name (a right-to-left one, or an older one the API wrote out) reorders the claims around it. */}
          <bdi>{holderName}</bdi>
        </Claim>
        <Claim term="Course">{courseTitle}</Claim>
        {verification.creditClaim ? (
          <Claim term={claimedCreditLabel(verification.creditClaim)}>
            On <Day date={verification.creditClaim.claimedAt} />. {verification.creditClaim.designation}
          </Claim>
        ) : verification.credits && verification.credits.length > 0 ? (
          verification.credits.map((offer) => (
            <Claim key={offer.type} term={creditLabel(offer)}>
              {offer.designation}
            </Claim>
          ))
        ) : (
          <Claim term="Credit hours">{creditHours}</Claim>
        )}
        {verification.accreditationStatement && <Claim term="Accreditation">{verification.accreditationStatement}</Claim>}
        {verification.disclosuresAcknowledgedAt && (
          <Claim term="Disclosures">
            The holder acknowledged this version’s disclosures on <Day date={verification.disclosuresAcknowledgedAt} />
          </Claim>
        )}
        <Claim term="Issued">{issuedAt && <Day date={issuedAt} />}</Claim>
        <Claim term="Valid until">{expiresAt ? <Day date={expiresAt} /> : 'Does not expire'}</Claim>
        {revokedAt && (
          <Claim term="Revoked">
            <Day date={revokedAt} />
          </Claim>
        )}
        <Claim term="Issued by">{issuerName}</Claim>
        <EarnedOn verification={verification} />
        <Claim term="Certificate code">
          <span className="claims__code">{code}</span>
        </Claim>
      </dl>
    </section>
  );
}

/** Which version of the course the holder learned, whether a clinician had checked it, and whether it has changed since. */
function EarnedOn({ verification }: { verification: Verification }) {
  const { courseVersion, courseReviewedAt, currentCourseVersion, quizVersions } = verification;
  if (courseVersion === null) return null;
  return (
    <>
      <Claim term="Course version">
        Version {courseVersion}
        {currentCourseVersion !== null && currentCourseVersion > courseVersion && ` (the course has been revised since: it is now at version ${currentCourseVersion})`}
      </Claim>
      <Claim term="Clinical review">
        {courseReviewedAt ? (
          <>
            Version {courseVersion} was signed off by a clinical reviewer on <Day date={courseReviewedAt} />
          </>
        ) : (
          `Issued on an administrator's approval: version ${courseVersion} had no clinical sign-off`
        )}
      </Claim>
      {quizVersions && quizVersions.length > 0 && (
        <Claim term="Assessments passed">
          <ul className="claims__quizzes">
            {quizVersions.map((quiz) => (
              <li key={quiz.title}>
                {quiz.title} (version {quiz.version})
              </li>
            ))}
          </ul>
        </Claim>
      )}
    </>
  );
}

function Claim({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="claims__row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
