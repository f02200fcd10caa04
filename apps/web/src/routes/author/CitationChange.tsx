import type { CitationReviewData } from './citation-review';
import { citedName } from './citation-review';

/** The cited passage or reference as last reviewed and as it is now, side by side. */
export function CitationChange({ review }: { review: Pick<CitationReviewData, 'citedKind' | 'citedKey' | 'reviewedText' | 'currentText'> }) {
  return (
    <div className="citation-change">
      <figure>
        <figcaption>As last reviewed</figcaption>
        {review.reviewedText === null ? (
          <p className="citation-text citation-text-unknown">
            Not on this platform: the course package’s record says {citedName(review)} changed since it was reviewed.
          </p>
        ) : (
          <p className="citation-text">{review.reviewedText}</p>
        )}
      </figure>
      <figure>
        <figcaption>Now</figcaption>
        <p className="citation-text">{review.currentText}</p>
      </figure>
    </div>
  );
}
