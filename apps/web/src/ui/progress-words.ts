import type { ProgressStatus } from '../gql/graphql';
import { countLabel } from './count-label';

export const statusLabels: Record<ProgressStatus, string> = {
  NOT_STARTED: 'Not started',
  IN_PROGRESS: 'In progress',
  COMPLETE: 'Complete',
};

/** "79.9%": cut, not rounded, so a score just under the pass mark never reads as the pass mark. */
export function scoreLabel(score: number): string {
  return `${Math.floor(score * 10) / 10}%`;
}

/** `attemptsLeft` is null when attempts are unlimited. */
export function attemptsLeftLabel(attemptsLeft: number | null): string {
  if (attemptsLeft === null) return 'Unlimited attempts';
  return attemptsLeft === 0 ? 'No attempts left' : `${countLabel(attemptsLeft, 'attempt')} left`;
}
