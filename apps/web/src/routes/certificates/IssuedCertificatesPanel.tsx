import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql, type FragmentType } from '../../gql';
import type {
  CourseCertificatesQuery as CourseCertificatesAnswer,
  IssuedCertificateRowFragment as IssuedCertificate,
} from '../../gql/graphql';
import { readProblem } from '../../ui/api-problem';
import { PagedTable } from '../../ui/PagedTable';
import { useCursorPages } from '../../ui/use-cursor-pages';
import { IssuedCertificateRow, type IssuedCertificateRowFragment } from './IssuedCertificateRow';
import { ReasonDialog } from '../../ui/ReasonDialog';

const CourseCertificatesQuery = graphql(`
  query CourseCertificates($courseSlug: String!, $first: Int, $after: String) {
    courseCertificates(courseSlug: $courseSlug, first: $first, after: $after) {
      edges {
        node {
          id
          ...IssuedCertificateRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const RevokeCertificateMutation = graphql(`
  mutation RevokeCertificate($certificateId: ID!, $reason: String!) {
    revokeCertificate(certificateId: $certificateId, reason: $reason) {
      id
      ...IssuedCertificateRow
    }
  }
`);

const PAGE_SIZE = 20;

/** The certificates of a course, newest first, each of which an admin may revoke. */
export function IssuedCertificatesPanel({ course }: { course: { slug: string; title: string } }) {
  const paging = useCursorPages<CourseCertificatesAnswer['courseCertificates']['edges'][number]>();
  const [{ data, error, fetching, operation }, reexecuteQuery] = useQuery({
    query: CourseCertificatesQuery,
    variables: { courseSlug: course.slug, first: PAGE_SIZE, after: paging.after },
    requestPolicy: 'cache-and-network',
  });
  const { edges, hasNextPage, loadMore } = paging.read(data?.courseCertificates, operation?.variables.after);
  const [, revokeCertificate] = useMutation(RevokeCertificateMutation);
  const [revoking, setRevoking] = useState<IssuedCertificate | null>(null);
  // Pages shown before the newest are kept as they were loaded, so a revocation is shown from its answer.
  const [revoked, setRevoked] = useState<Record<string, FragmentType<typeof IssuedCertificateRowFragment>>>({});
  const [announcement, setAnnouncement] = useState('');

  async function revoke(certificate: IssuedCertificate, reason: string) {
    const { data, error } = await revokeCertificate({ certificateId: certificate.id, reason });
    if (!data) return error ? readProblem(error).message : 'The certificate was not revoked. Try again.';
    setRevoked((current) => ({ ...current, [certificate.id]: data.revokeCertificate }));
    setAnnouncement(`Revoked certificate ${certificate.code} of ${certificate.holderName}. Its verify page now says so.`);
    return null;
  }

  return (
    <section className="admin-section">
      <h2>Issued certificates</h2>
      <p role="status" className="announcement">
        {announcement}
      </p>
      <PagedTable
        label="Issued certificates"
        columns={['Holder', 'Code', 'Status', 'Issued', 'Valid until', <span className="visually-hidden">Actions</span>]}
        noun="certificate"
        emptyText={`No certificate has been issued for ${course.title} yet.`}
        shownCount={edges.length}
        loading={fetching}
        hasNextPage={hasNextPage}
        error={error}
        onLoadMore={loadMore}
        onRetry={() => reexecuteQuery({ requestPolicy: 'network-only' })}
      >
        {edges.map(({ node }) => (
          <IssuedCertificateRow key={node.id} certificate={revoked[node.id] ?? node} onRevoke={setRevoking} />
        ))}
      </PagedTable>
      {revoking && (
        <ReasonDialog
          title={`Revoke the certificate of ${revoking.holderName}?`}
          reasonLabel="Reason for revoking"
          confirmLabel="Revoke certificate"
          onConfirm={(reason) => revoke(revoking, reason)}
          onClose={() => setRevoking(null)}
        >
          <p>
            Revoking {revoking.code} is permanent. Its verify page will say it was revoked from now on. The holder sees your reason;
            the public never does.
          </p>
        </ReasonDialog>
      )}
    </section>
  );
}
