import { Link } from 'react-router';
import { readFragment, type FragmentType } from '../../gql';
import { citationReviewsPath } from '../../paths/author-paths';
import { CitationChange } from './CitationChange';
import { CitationReviewFragment, citedName } from './citation-review';

/** The quiz's questions citing a passage or reference that changed since they were last reviewed. */
export function QuizCitationReviews({ reviews }: { reviews: readonly FragmentType<typeof CitationReviewFragment>[] }) {
  const shown = reviews.map((review) => readFragment(CitationReviewFragment, review));
  if (shown.length === 0) return null;
  return (
    <section className="quiz-citation-reviews" aria-labelledby="citation-reviews-heading">
      <h2 id="citation-reviews-heading">Needs review: {shown.length === 1 ? '1 question cites' : `${shown.length} questions cite`} a changed source</h2>
      {shown.map((review) => (
        <section key={review.id} className="citation-review" aria-label={`Question ${review.questionKey} cites ${citedName(review)}`}>
          <h3>
            Question {review.questionKey} cites {citedName(review)}
          </h3>
          <CitationChange review={review} />
        </section>
      ))}
      <p>
        <Link to={citationReviewsPath(shown[0].courseSlug)}>Review and clear them with the course’s other flagged citations</Link>
      </p>
    </section>
  );
}
