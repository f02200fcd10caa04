import { Button } from 'react-aria-components';
import { graphql, readFragment, type FragmentType } from '../../gql';
import type { IssuedCertificateRowFragment as IssuedCertificate } from '../../gql/graphql';
import { onThisSite } from '../../paths/certificate-paths';
import { Day } from '../../ui/Day';
import { CertificateStatusBadge } from './CertificateStatusBadge';

export const IssuedCertificateRowFragment = graphql(`
  fragment IssuedCertificateRow on Certificate {
    id
    code
    holderName
    status
    issuedAt
    expiresAt
    revokedAt
    revocationReason
    pdfUrl
  }
`);

interface IssuedCertificateRowProps {
  certificate: FragmentType<typeof IssuedCertificateRowFragment>;
  onRevoke: (certificate: IssuedCertificate) => void;
}

export function IssuedCertificateRow(props: IssuedCertificateRowProps) {
  const certificate = readFragment(IssuedCertificateRowFragment, props.certificate);
  const whose = `certificate ${certificate.code} of ${certificate.holderName}`;
  return (
    <tr>
      <th scope="row">{certificate.holderName}</th>
      <td className="certificate-code">{certificate.code}</td>
      <td>
        <CertificateStatusBadge {...certificate} />
        {certificate.revocationReason && <span className="row-outcome">Reason: {certificate.revocationReason}</span>}
      </td>
      <td>
        <Day date={certificate.issuedAt} />
      </td>
      <td>{certificate.expiresAt ? <Day date={certificate.expiresAt} /> : 'Does not expire'}</td>
      <td className="row-actions">
        <a href={onThisSite(certificate.pdfUrl)} download>
          PDF <span className="visually-hidden">of {whose}</span>
        </a>
        {certificate.status !== 'REVOKED' && (
          <Button className="button button--small button--quiet" onPress={() => props.onRevoke(certificate)}>
            Revoke… <span className="visually-hidden">{whose}</span>
          </Button>
        )}
      </td>
    </tr>
  );
}
