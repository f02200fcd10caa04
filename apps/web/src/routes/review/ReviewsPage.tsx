import { useState } from 'react';
import { Checkbox } from 'react-aria-components';
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

/** What needs a reviewer soon; every published course terminates within about three years. */
const SOON_DAYS = 90;
const EVERY_COURSE_DAYS = 1_100;

/** Reviewers sign off course versions against current evidence; admins see what is due. */
export function ReviewsPage() {
  const { viewer } = useSession();
  const [everyCourse, setEveryCourse] = useState(false);
  const withinDays = everyCourse ? EVERY_COURSE_DAYS : SOON_DAYS;
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
      <Checkbox className="checkbox review-window" isSelected={everyCourse} onChange={setEveryCourse}>
        <span className="checkbox__box" aria-hidden="true" />
        Show every published course, not only those due within {SOON_DAYS} days
      </Checkbox>
      {signedOff && (
        <p role="status" className="notice">
          {signedOff}
        </p>
      )}
      {!data ? (
        <QueryStatus subject="course versions" error={error} reexecuteQuery={reexecuteQuery} />
      ) : data.dueForReview.length === 0 ? (
        <p>Nothing terminates in the next {SOON_DAYS} days.</p>
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
