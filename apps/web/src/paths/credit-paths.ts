import { coursePath } from './learn-paths';

/** Where a learner evaluates a completed course and claims its credit. */
export function claimCreditPath(courseSlug: string): string {
  return `${coursePath(courseSlug)}/credit`;
}
