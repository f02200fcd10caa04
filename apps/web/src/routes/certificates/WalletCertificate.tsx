import { Link } from 'react-router';
import { graphql, readFragment, type FragmentType } from '../../gql';
import { onThisSite } from '../../paths/certificate-paths';
import { claimCreditPath } from '../../paths/credit-paths';
import { verifyPath } from '../../paths/verify-paths';
import { claimedCreditLabel, creditLabel } from '../../ui/credit-words';
import { Day } from '../../ui/Day';
import { addToLinkedInUrl } from './add-to-linkedin';
import { CertificateStatusBadge } from './CertificateStatusBadge';
import { CopyLinkButton } from './CopyLinkButton';

export const WalletCertificateFragment = graphql(`
  fragment WalletCertificate on Certificate {
    id
    code
    holderName
    courseSlug
    courseTitle
    creditHours
    creditClaim {
      creditType
      amount
      designation
      claimedAt
    }
    credits {
      type
      maximum
      designation
    }
    issuedAt
    expiresAt
    status
    revokedAt
    revocationReason
    pdfUrl
    credentialUrl
    openBadgeUrl
    issuerName
    verifyUrl
  }
`);

/** One of the learner's certificates, with what they need to prove it to someone else. */
export function WalletCertificate(props: { certificate: FragmentType<typeof WalletCertificateFragment> }) {
  const certificate = readFragment(WalletCertificateFragment, props.certificate);
  const headingId = `certificate-${certificate.id}`;
  const whose = `of the ${certificate.courseTitle} certificate`;
  return (
    <article className="wallet-certificate" aria-labelledby={headingId}>
      <header className="wallet-certificate__header">
        <h2 id={headingId}>{certificate.courseTitle}</h2>
        <CertificateStatusBadge {...certificate} />
      </header>
      <dl className="wallet-certificate__facts">
        <div>
          <dt>Holder</dt>
          <dd>{certificate.holderName}</dd>
        </div>
        {certificate.creditClaim ? (
          <div>
            <dt>{claimedCreditLabel(certificate.creditClaim)}</dt>
            <dd>
              On <Day date={certificate.creditClaim.claimedAt} />. {certificate.creditClaim.designation}
            </dd>
          </div>
        ) : certificate.credits.length > 0 ? (
          certificate.credits.map((offer) => (
            <div key={offer.type}>
              <dt>{creditLabel(offer)}</dt>
              <dd>{offer.designation}</dd>
            </div>
          ))
        ) : (
          <div>
            <dt>Credit hours</dt>
            <dd>{certificate.creditHours}</dd>
          </div>
        )}
        <div>
          <dt>Issued</dt>
          <dd>
            <Day date={certificate.issuedAt} />
          </dd>
        </div>
        <div>
          <dt>Valid until</dt>
          <dd>{certificate.expiresAt ? <Day date={certificate.expiresAt} /> : 'Does not expire'}</dd>
        </div>
        <div>
          <dt>Code</dt>
          <dd className="certificate-code">{certificate.code}</dd>
        </div>
      </dl>
      {certificate.revocationReason && (
        <p className="wallet-certificate__reason">Reason for revoking: {certificate.revocationReason}</p>
      )}
      <div className="wallet-certificate__actions">
        <a className="button" href={onThisSite(certificate.pdfUrl)} download>
          Download PDF <span className="visually-hidden">{whose}</span>
        </a>
        <a className="button button--quiet" href={onThisSite(certificate.credentialUrl)} download>
          Download credential (JSON) <span className="visually-hidden">{whose}</span>
        </a>
        <a className="button button--quiet" href={onThisSite(certificate.openBadgeUrl)} download>
          Download Open Badge (Data Integrity) <span className="visually-hidden">{whose}</span>
        </a>
        <CopyLinkButton link={certificate.verifyUrl} whose={whose} />
        <Link to={verifyPath(certificate.code)}>
          Open verify page <span className="visually-hidden">{whose}</span>
        </Link>
        {certificate.status === 'VALID' && (
          <a href={addToLinkedInUrl(certificate)} target="_blank" rel="noopener noreferrer">
            Add to LinkedIn <span className="visually-hidden">{whose} (opens LinkedIn in a new tab)</span>
          </a>
        )}
        {!certificate.creditClaim && certificate.status === 'VALID' && certificate.credits.length > 0 && (
          <Link to={claimCreditPath(certificate.courseSlug)}>
            Evaluate and claim credit <span className="visually-hidden">for {certificate.courseTitle}</span>
          </Link>
        )}
      </div>
    </article>
  );
}
