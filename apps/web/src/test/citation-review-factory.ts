/** Flagged citations as the API returns them. */
import type { CitationReviewsQuery } from '../gql/graphql';
import type { ApiShape } from './api-shape';

export type CitationReviewData = ApiShape<CitationReviewsQuery['citationReviews'][number]>;

const before = 'The second fact, with 31 to 39 points.\n\nAppraisal: outdated. The label now gives 31 points [ref:botox-pi].';
const after = 'The second fact, with 31 points at most.\n\nAppraisal: outdated. The label now gives 31 points [ref:botox-pi].';

/** A lesson citing passage `injection-points`, changed in version 2 and not cleared, unless overridden. */
export function buildCitationReview(id: string, overrides: Partial<CitationReviewData> = {}): CitationReviewData {
  return {
    id,
    courseSlug: 'botox-chronic-migraine',
    courseVersion: 2,
    citingKind: 'LESSON',
    lessonSlug: 'what-it-is',
    quizSlug: null,
    questionKey: null,
    citedKind: 'PASSAGE',
    citedKey: 'injection-points',
    reviewedText: before,
    currentText: after,
    flaggedAt: '2026-12-08T09:00:00.000Z',
    clearance: null,
    ...overrides,
  };
}
