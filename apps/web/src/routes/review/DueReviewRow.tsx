import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { DueForReviewQuery } from '../../gql/graphql';
import { citationReviewsPath } from '../../paths/author-paths';
import { coursePath } from '../../paths/learn-paths';
import { readProblem } from '../../ui/api-problem';
import { dayOf } from '../../ui/certificate-words';
import { Day } from '../../ui/Day';
import { ReasonDialog } from '../../ui/ReasonDialog';

const SignOffMutation = graphql(`
  mutation SignOffCourseVersion($versionId: ID!, $contentHash: String!, $note: String!) {
    signOffCourseVersion(versionId: $versionId, contentHash: $contentHash, note: $note) {
      id
      reviewedAt
      terminatesAt
    }
  }
`);

type Due = DueForReviewQuery['dueForReview'][number];

function termination({ daysLeft }: Due): string {
  if (daysLeft === null) return 'no date';
  if (daysLeft <= 0) return 'terminated';
  return daysLeft === 1 ? 'in 1 day' : `in ${daysLeft} days`;
}

/** One published course version, with its dates and a sign-off for reviewers. */
export function DueReviewRow({ due, mayReview, onSignedOff }: { due: Due; mayReview: boolean; onSignedOff: (message: string) => void }) {
  const [, signOff] = useMutation(SignOffMutation);
  const [asking, setAsking] = useState(false);
  const title = `${due.courseTitle}, version ${due.version}`;

  async function confirm(note: string): Promise<string | null> {
    const { data, error } = await signOff({ versionId: due.versionId, contentHash: due.contentHash, note });
    if (error || !data) return readProblem(error!).message;
    onSignedOff(`Signed off ${title}: it now terminates on ${dayOf(data.signOffCourseVersion.terminatesAt)}.`);
    return null;
  }

  return (
    <tr className={due.daysLeft !== null && due.daysLeft <= 0 ? 'review-row review-row--terminated' : 'review-row'}>
      <th scope="row">
        {title}
        <br />
        <Link to={coursePath(due.courseSlug)}>Read the course</Link> ·{' '}
        <Link to={citationReviewsPath(due.courseSlug)}>Citations to review</Link>
      </th>
      <td>{due.releasedAt ? <Day date={due.releasedAt} /> : 'not released'}</td>
      <td>{due.lastReviewedAt ? <Day date={due.lastReviewedAt} /> : 'never signed off'}</td>
      <td>
        {due.terminatesAt && <Day date={due.terminatesAt} />} ({termination(due)})
      </td>
      <td>
        {mayReview ? (
          <button type="button" className="button button--secondary" onClick={() => setAsking(true)}>
            Sign off
          </button>
        ) : (
          <code>{due.contentHash.slice(0, 12)}</code>
        )}
        {asking && (
          <ReasonDialog title={`Sign off ${title}`} reasonLabel="What you checked" confirmLabel="Sign off" onConfirm={confirm} onClose={() => setAsking(false)}>
            <p>
              You confirm this version (content <code>{due.contentHash.slice(0, 12)}</code>) matches current evidence. The
              sign-off is kept with your name and cannot be changed; the course then terminates three years from today.
            </p>
          </ReasonDialog>
        )}
      </td>
    </tr>
  );
}
