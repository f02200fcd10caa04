import type { CoursePackage } from '../model';
import { citedSources, sourceCitations, type CitedSource, type SourceCitation } from './cited-sources';
import { reviewPairKey, type ItemReview, type ReviewedCitations, type ReviewSignature } from './reviewed-citations-file';

/** A citation with what the course's record says it was last reviewed against. */
export interface CitationReviewState extends SourceCitation {
  /**
   * The item's own review of this citation if it has one, else the course's recorded fingerprint
   * of what it cites; null when the record has neither (a passage or reference added since).
   */
  reviewed: { fingerprint: string; signature: ReviewSignature } | null;
  /** What it cites is not what was last reviewed. */
  needsReview: boolean;
}

/** Every citation of the package, judged against its record; none needs review without a record. */
export function citationReviewStates(course: CoursePackage, record: ReviewedCitations | null): CitationReviewState[] {
  const reviews = new Map((record?.reviews ?? []).map((review) => [reviewPairKey(review), review]));
  return sourceCitations(course).map((citation) => {
    const own = reviews.get(reviewPairKey({ item: citation.item, cited: citation.cited }));
    const recorded = record ? recordedFingerprint(record, citation.cited) : undefined;
    const reviewed = own
      ? { fingerprint: own.fingerprint, signature: signatureOf(own) }
      : recorded
        ? { fingerprint: recorded, signature: record!.recorded }
        : null;
    return { ...citation, reviewed, needsReview: reviewed !== null && reviewed.fingerprint !== citation.cited.fingerprint };
  });
}

/** Passages and references the record has no fingerprint of: added since it was written. */
export function unrecordedSources(course: CoursePackage, record: ReviewedCitations): CitedSource[] {
  return citedSources(course).filter((source) => recordedFingerprint(record, source) === undefined);
}

/** Reviews of a lesson or question that no longer cites that passage or reference (or no longer exists). */
export function staleReviews(course: CoursePackage, record: ReviewedCitations): ItemReview[] {
  const cited = new Set(sourceCitations(course).map(reviewPairKey));
  return record.reviews.filter((review) => !cited.has(reviewPairKey(review)));
}

export function recordedFingerprint(record: ReviewedCitations, source: Pick<CitedSource, 'kind' | 'key'>): string | undefined {
  const fingerprints = source.kind === 'PASSAGE' ? record.passages : record.references;
  return Object.hasOwn(fingerprints, source.key) ? fingerprints[source.key] : undefined;
}

function signatureOf(review: ItemReview): ReviewSignature {
  return { by: review.by, on: review.on, note: review.note };
}
