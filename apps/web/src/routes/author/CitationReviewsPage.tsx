import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { useSession } from '../../app/session/session-context';
import { graphql, readFragment } from '../../gql';
import { authorPath } from '../../paths/author-paths';
import { Breadcrumb } from '../../ui/Breadcrumb';
import { Day } from '../../ui/Day';
import { PageTitle } from '../../ui/PageTitle';
import { QueryStatus } from '../../ui/QueryStatus';
import { CitationChange } from './CitationChange';
import { CitationReviewFragment, citedName, type CitationReviewData } from './citation-review';
import { ClearCitationForm } from './ClearCitationForm';
import './author.css';

const CitationReviewsQuery = graphql(`
  query CitationReviews($courseSlug: String!) {
    course(slug: $courseSlug) {
      id
      title
      modules {
        id
        lessons {
          id
          slug
          title
        }
      }
    }
    citationReviews(courseSlug: $courseSlug) {
      ...CitationReviewFields
    }
  }
`);

/** The lessons and questions of a course that cite a changed passage or reference, each cleared by a reviewer. */
export function CitationReviewsPage() {
  const { courseSlug = '' } = useParams();
  const { viewer } = useSession();
  const [{ data, error }, reexecuteQuery] = useQuery({ query: CitationReviewsQuery, variables: { courseSlug } });
  const canClear = Boolean(viewer?.roles.some((role) => role === 'REVIEWER' || role === 'ADMIN'));

  if (!data) return <QueryStatus subject="the flagged citations" error={error} reexecuteQuery={reexecuteQuery} />;
  const title = data.course?.title ?? courseSlug;
  const lessonTitles = new Map(data.course?.modules.flatMap((module) => module.lessons.map((lesson) => [lesson.slug, lesson.title])) ?? []);
  const reviews = data.citationReviews.map((review) => readFragment(CitationReviewFragment, review));
  const open = reviews.filter((review) => !review.clearance);
  const cleared = reviews.filter((review) => review.clearance);
  const citing = (review: CitationReviewData) =>
    review.lessonSlug
      ? `Lesson “${lessonTitles.get(review.lessonSlug) ?? review.lessonSlug}”`
      : `Question ${review.questionKey} of ${review.quizSlug}`;
  const refresh = () => reexecuteQuery({ requestPolicy: 'network-only' });

  return (
    <article className="citation-reviews">
      <PageTitle>{`Citations to review in ${title}`}</PageTitle>
      <Breadcrumb trail={[{ label: 'Authoring', to: authorPath }]} current={`Citations to review: ${title}`} />
      <header className="page-header">
        <p className="eyebrow">Source changes</p>
        <h1>Citations to review in {title}</h1>
        <p className="lede">
          When a new version changes a source passage or reference, every lesson and question citing it needs review: check that
          it still holds against the new text, then clear it with a note.
        </p>
      </header>
      <section aria-labelledby="open-heading">
        <h2 id="open-heading">Needs review ({open.length})</h2>
        {open.length === 0 && <p>Nothing needs review: every lesson and question holds against what it cites.</p>}
        {open.map((review) => (
          <section key={review.id} className="citation-review" aria-label={`${citing(review)} cites ${citedName(review)}`}>
            <h3>
              {citing(review)} cites {citedName(review)} <span className="status-badge">Needs review</span>
            </h3>
            <CitationChange review={review} />
            {canClear ? (
              <ClearCitationForm reviewId={review.id} citing={`${citing(review)} cites ${citedName(review)}`} onCleared={refresh} />
            ) : (
              <p className="form-hint">A reviewer or admin clears it.</p>
            )}
          </section>
        ))}
      </section>
      {cleared.length > 0 && (
        <section aria-labelledby="cleared-heading">
          <h2 id="cleared-heading">Cleared ({cleared.length})</h2>
          {cleared.map((review) => (
            <section key={review.id} className="citation-review" aria-label={`${citing(review)} cites ${citedName(review)}`}>
              <h3>
                {citing(review)} cites {citedName(review)}
              </h3>
              <p>
                Cleared by {review.clearance!.clearedBy} on <Day date={review.clearance!.clearedAt} />
                {review.clearance!.clearedIn === 'PACKAGE' ? ' in the course package' : ''}: {review.clearance!.note}
              </p>
              <CitationChange review={review} />
            </section>
          ))}
        </section>
      )}
    </article>
  );
}
