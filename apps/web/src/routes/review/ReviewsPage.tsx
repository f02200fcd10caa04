import { useState } from 'react';
import { useQuery } from 'urql';
import { useSession } from '../../app/session/session-context';
import { graphql } from '../../gql';
import { PageTitle } from '../../ui/PageTitle';
import { QueryStatus } from '../../ui/QueryStatus';
import { DueReviewRow } from './DueReviewRow';
import './review.css';

const DueForReviewQuery = graphql(`
  query DueForReview($withinDays: Int!) {
    dueForReview(withinDays: $withinDays) {
      versionId
      courseSlug
      courseTitle
      version
      contentHash
      releasedAt
      lastReviewedAt
      terminatesAt
      daysLeft
    }
  }
`);

/** 90 days: what needs a reviewer soon. Every published course terminates within about three years. */
const WINDOWS = [
  { days: 90, label: 'Due in the next 90 days' },
  { days: 1_100, label: 'Every published course' },
] as const;

/** Reviewers sign off course versions against current evidence; admins see what is due. */
export function ReviewsPage() {
  const { viewer } = useSession();
  const [withinDays, setWithinDays] = useState<number>(WINDOWS[0].days);
  const [signedOff, setSignedOff] = useState<string | null>(null);
  const [{ data, error }, reexecuteQuery] = useQuery({ query: DueForReviewQuery, variables: { withinDays } });
  const mayReview = viewer?.roles.includes('REVIEWER') ?? false;

  return (
    <>
      <PageTitle>Reviews</PageTitle>
      <header className="page-header">
        <h1>Reviews</h1>
        <p className="lede">
          A course version terminates three years after its last sign-off: then it takes no new enrolments and grants no
          certificates. Check each version against current evidence and sign it off before it does.
        </p>
      </header>
      <fieldset className="review-window">
        <legend>Show</legend>
        {WINDOWS.map(({ days, label }) => (
          <label key={days}>
            <input type="radio" name="window" checked={withinDays === days} onChange={() => setWithinDays(days)} /> {label}
          </label>
        ))}
      </fieldset>
      {signedOff && (
        <p role="status" className="notice">
          {signedOff}
        </p>
      )}
      {!data ? (
        <QueryStatus subject="course versions" error={error} reexecuteQuery={reexecuteQuery} />
      ) : data.dueForReview.length === 0 ? (
        <p>Nothing terminates in the next {withinDays} days.</p>
      ) : (
        <table className="table review-table">
          <caption className="visually-hidden">Published course versions, soonest termination first</caption>
          <thead>
            <tr>
              <th scope="col">Course</th>
              <th scope="col">Released</th>
              <th scope="col">Last review</th>
              <th scope="col">Terminates</th>
              <th scope="col">{mayReview ? 'Sign-off' : 'Content hash'}</th>
            </tr>
          </thead>
          <tbody>
            {data.dueForReview.map((due) => (
              <DueReviewRow
                key={due.versionId}
                due={due}
                mayReview={mayReview}
                onSignedOff={(message) => {
                  setSignedOff(message);
                  reexecuteQuery({ requestPolicy: 'network-only' });
                }}
              />
            ))}
          </tbody>
        </table>
      )}
      {!mayReview && <p>Only accounts with the Reviewer role sign off; an admin can give the role on the Users page.</p>}
    </>
  );
}
