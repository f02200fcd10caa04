import type { CoursePackage } from '../model';
import { citedSources, itemKey, sourceKey, type CitedSource, type CitingItem } from './cited-sources';
import { citationReviewStates, recordedFingerprint, staleReviews, type CitationReviewState } from './review-status';
import { reviewPairKey, type ReviewedCitations, type ReviewSignature } from './reviewed-citations-file';

/** The first record of a course: every citation was written against its passages and references as they are now. */
export function startRecord(course: CoursePackage, recorded: ReviewSignature): ReviewedCitations {
  const fingerprints = (kind: CitedSource['kind']) =>
    Object.fromEntries(citedSources(course).filter((s) => s.kind === kind).map((s) => [s.key, s.fingerprint]));
  return { recorded, passages: fingerprints('PASSAGE'), references: fingerprints('REFERENCE'), reviews: [] };
}

export type RecordedReview = { record: ReviewedCitations; reviewed: CitationReviewState[] } | { refused: string };

/** Records that a reviewer checked the item against everything it cites that changed since it was last reviewed. */
export function recordItemReview(
  course: CoursePackage,
  record: ReviewedCitations,
  item: CitingItem,
  signature: ReviewSignature,
): RecordedReview {
  const name = itemKey(item);
  const ofItem = citationReviewStates(course, record).filter((state) => itemKey(state.item) === name);
  if (ofItem.length === 0) return { refused: `${name} does not exist or cites no passage or reference` };
  const reviewed = ofItem.filter((state) => state.needsReview);
  if (reviewed.length === 0) return { refused: `${name} cites nothing that changed since it was last reviewed` };
  const replaced = new Set(reviewed.map(reviewPairKey));
  const reviews = [
    ...record.reviews.filter((review) => !replaced.has(reviewPairKey(review))),
    ...reviewed.map((state) => ({ item, cited: { kind: state.cited.kind, key: state.cited.key }, fingerprint: state.cited.fingerprint, ...signature })),
  ];
  return { record: tidied(course, { ...record, reviews }), reviewed };
}

/**
 * The record with new passages and references added, reviews of citations that no longer exist
 * dropped, and each changed passage or reference recorded as it now is once no citation of it is
 * left to review, so a lesson written against the new text later is not flagged.
 */
export function tidied(course: CoursePackage, record: ReviewedCitations): ReviewedCitations {
  const stale = new Set(staleReviews(course, record).map(reviewPairKey));
  const kept = { ...record, reviews: record.reviews.filter((review) => !stale.has(reviewPairKey(review))) };
  const pending = new Set(
    citationReviewStates(course, kept)
      .filter((state) => state.needsReview)
      .map((state) => sourceKey(state.cited)),
  );
  const passages = { ...kept.passages };
  const references = { ...kept.references };
  for (const source of citedSources(course)) {
    if (pending.has(sourceKey(source)) || recordedFingerprint(kept, source) === source.fingerprint) continue;
    (source.kind === 'PASSAGE' ? passages : references)[source.key] = source.fingerprint;
  }
  const sources = new Set(citedSources(course).map(sourceKey));
  const present = (kind: CitedSource['kind'], entries: Record<string, string>) =>
    Object.fromEntries(Object.entries(entries).filter(([key]) => sources.has(sourceKey({ kind, key }))));
  return { ...kept, passages: present('PASSAGE', passages), references: present('REFERENCE', references) };
}

/** The items that cite something changed since they were last reviewed, each with what changed. */
export function itemsNeedingReview(course: CoursePackage, record: ReviewedCitations | null): Map<string, CitationReviewState[]> {
  const items = new Map<string, CitationReviewState[]>();
  for (const state of citationReviewStates(course, record)) {
    if (!state.needsReview) continue;
    const name = itemKey(state.item);
    items.set(name, [...(items.get(name) ?? []), state]);
  }
  return items;
}
