/** Course versions due for review as the API returns them. */
import type { DueForReviewQuery, SignOffCourseVersionMutation } from '../gql/graphql';
import type { ApiShape } from './api-shape';

export type DueReviewData = ApiShape<DueForReviewQuery['dueForReview'][number]>;
export type SignOffData = ApiShape<SignOffCourseVersionMutation['signOffCourseVersion']>;

/** Version 2 of a course released in 2024, never signed off, terminating in 20 days, unless overridden. */
export function buildDueReview(courseSlug: string, overrides: Partial<DueReviewData> = {}): DueReviewData {
  return {
    versionId: `version:${courseSlug}`,
    courseSlug,
    courseTitle: courseSlug.replaceAll('-', ' '),
    version: 2,
    contentHash: `hash-of-${courseSlug}-0123456789`,
    releasedAt: '2024-01-15T09:00:00.000Z',
    lastReviewedAt: null,
    terminatesAt: '2027-01-15T09:00:00.000Z',
    daysLeft: 20,
    ...overrides,
  };
}
