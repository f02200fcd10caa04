import type { Database } from '../database/typed-sql';
import { questionsOfVersions } from '../quizzes/quiz-questions';
import { questionsUnderRegrades, versionsToGrade } from './attempt-questions';
import { savedAnswersOf } from './attempt-records';
import { AttemptStatus, type QuizAttempt } from './attempts.types';
import { gradeAttempt, type LearnerAnswer } from './grading';
import type { RegradedAttempt } from './regrade-records';
import type { RegradeRule } from './regrade-rules';

export type RegradeResult = RegradedAttempt & { attempt: QuizAttempt };

export function resultChanged(result: Pick<RegradedAttempt, 'oldScore' | 'newScore' | 'oldPassed' | 'newPassed'>): boolean {
  return result.oldScore !== result.newScore || result.oldPassed !== result.newPassed;
}

/**
 * Grades graded attempts again on the answers they kept, by the regrades in force for each and,
 * for a dry run, the regrade `proposed` as well. Open attempts are left out: they are graded
 * when they close, by the regrades in force then.
 */
export async function regradeResults(db: Database, attempts: QuizAttempt[], proposed: RegradeRule | null = null): Promise<RegradeResult[]> {
  const graded = attempts
    .filter((attempt) => attempt.status !== AttemptStatus.IN_PROGRESS)
    .map((attempt) => (proposed ? { ...attempt, regradeRules: [...attempt.regradeRules, proposed] } : attempt));
  if (graded.length === 0) return [];
  const versions = await questionsOfVersions(db, [...new Set(graded.flatMap(versionsToGrade))]);
  const answers = new Map<string, Map<string, LearnerAnswer>>();
  for (const { attemptId, questionId, optionIds, number, text } of await savedAnswersOf(db, graded.map((attempt) => attempt.id))) {
    if (!answers.has(attemptId)) answers.set(attemptId, new Map());
    answers.get(attemptId)!.set(questionId, { optionIds, number, text });
  }
  return graded.map((attempt) => {
    const given = answers.get(attempt.id) ?? new Map<string, LearnerAnswer>();
    const grade = gradeAttempt(questionsUnderRegrades(attempt, versions), given, attempt);
    return {
      attempt,
      attemptId: attempt.id,
      oldScore: attempt.score!,
      newScore: grade.score,
      oldPassed: attempt.passed!,
      newPassed: grade.passed,
      credits: [...given.keys()].map((questionId) => ({ questionId, credit: grade.credits.get(questionId) ?? 0 })),
    };
  });
}
