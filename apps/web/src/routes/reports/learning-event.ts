import type { LearningVerb } from '../../gql/graphql';
import { countLabel } from '../../ui/count-label';
import { scoreLabel } from '../../ui/progress-words';

const verbLabels: Record<LearningVerb, string> = {
  ENROLLED: 'Enrolled in',
  COMPLETED: 'Completed',
  STARTED: 'Started an attempt at',
  SUBMITTED: 'Submitted an attempt at',
  EXPIRED: 'Ran out of time on',
  ISSUED: 'Was issued a certificate for',
  REVOKED: 'Had a certificate revoked for',
};

/** "Completed What botulinum toxin is". */
export function describeEvent(verb: LearningVerb, objectName: string): string {
  return `${verbLabels[verb]} ${objectName}`;
}

/** "Scored 85%, passed" for a graded attempt, "Read for 6 minutes" for a lesson; empty otherwise. */
export function describeResult(result: Record<string, unknown> | null): string {
  const { score, passed, durationSeconds } = result ?? {};
  if (typeof score === 'number') {
    return `Scored ${scoreLabel(score)}${typeof passed === 'boolean' ? `, ${passed ? 'passed' : 'not passed'}` : ''}`;
  }
  if (typeof durationSeconds === 'number') {
    const time = durationSeconds < 60 ? countLabel(durationSeconds, 'second') : countLabel(Math.round(durationSeconds / 60), 'minute');
    return `Read for ${time}`;
  }
  return '';
}
