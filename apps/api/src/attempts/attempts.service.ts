import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { PlatformError } from '../common/errors';
import { isUuid } from '../common/pagination';
import { lockUntilCommit } from '../database/transaction-lock';
import { publishedRules } from '../quizzes/quiz-versions.records';
import { checkAnswers, type CheckedAnswer, type GivenAnswer } from './answer-rules';
import { AttemptFollowers } from './attempt-followers';
import { questionPool, questionsOfAttempt } from './attempt-questions';
import {
  attemptHistory,
  attemptsOfLearner,
  closeAttempt,
  findAttempt,
  insertAttempt,
  lockAttempt,
  overdueAttemptIds,
  savedAnswersOf,
  writeAnswers,
} from './attempt-records';
import {
  alreadySubmitted,
  answersEveryQuestion,
  attemptNotFound,
  earlierAnswersStanding,
  nextAttemptNumber,
  quizNotFound,
  timeRanOut,
} from './attempt-rules';
import { AttemptStatus, type QuizAttempt } from './attempts.types';
import { gradeAttempt, type GradedQuestion } from './grading';
import { drawQuestions } from './question-draw';
import { ShownOptions, withShownOptionIds } from './shown-options';

type Graded = AttemptStatus.SUBMITTED | AttemptStatus.EXPIRED;

@Injectable()
export class AttemptsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly followers: AttemptFollowers,
  ) {}

  /** The learner's own attempts, and instructors' and admins' view of anyone's. */
  async find(viewer: Viewer, attemptId: string): Promise<QuizAttempt> {
    const attempt = isUuid(attemptId) ? await findAttempt(this.dataSource, attemptId) : null;
    const mayRead = attempt && (attempt.userId === viewer.id || viewer.roles.some((role) => role === 'INSTRUCTOR' || role === 'ADMIN'));
    if (!attempt || !mayRead) throw attemptNotFound();
    if (!attempt.overdue) return attempt;
    await this.closeOverdue(attempt.userId, attempt.quizId);
    return (await findAttempt(this.dataSource, attemptId))!;
  }

  /** A learner's attempts at one quiz as loaded, unless one has run out of time unnoticed: then closed first. */
  async withDeadlinesApplied(userId: string, quizId: string, attempts: QuizAttempt[]): Promise<QuizAttempt[]> {
    if (!attempts.some((attempt) => attempt.overdue)) return attempts;
    await this.closeOverdue(userId, quizId);
    return attemptsOfLearner(this.dataSource, userId, [quizId]);
  }

  /** The open attempt if there is one; otherwise a new one on the published version, within the quiz's limits. */
  async start(viewer: Viewer, quizId: string): Promise<QuizAttempt> {
    if (!isUuid(quizId)) throw quizNotFound();
    await this.closeOverdue(viewer.id, quizId);
    const attemptId = await this.dataSource.transaction(async (manager) => {
      // Starts by one learner at one quiz take turns, so the open-attempt check, the count,
      // the cooldown and the new attempt number all see the same rows.
      await lockUntilCommit(manager, `attempt-start:${viewer.id}:${quizId}`);
      const history = await attemptHistory(manager, viewer.id, quizId);
      if (history.openAttemptId) return history.openAttemptId;
      const quiz = await publishedRules(manager, quizId);
      if (!quiz) throw quizNotFound();
      const attempt = {
        id: randomUUID(),
        quizId,
        quizVersionId: quiz.versionId,
        userId: viewer.id,
        attemptNumber: nextAttemptNumber(history, quiz),
        drawnQuestions: withShownOptionIds(drawQuestions(randomBytes(32).toString('hex'), await questionPool(manager, quiz.versionId), quiz)),
        timeLimitSeconds: quiz.timeLimitSeconds,
      };
      const { startedAt } = await insertAttempt(manager, attempt);
      const started = { ...attempt, quizTitle: quiz.title, courseId: quiz.courseId, status: AttemptStatus.IN_PROGRESS, startedAt };
      await this.followers.tell(manager, { ...started, score: null, passed: null, submittedAt: null });
      return attempt.id;
    });
    return (await findAttempt(this.dataSource, attemptId))!;
  }

  /** Keeps answers as the learner goes, while the attempt is open. */
  async saveAnswers(viewer: Viewer, attemptId: string, answers: GivenAnswer[]): Promise<QuizAttempt> {
    return this.inOpenAttempt(viewer, attemptId, null, async (manager, attempt, questions) => {
      await writeAnswers(manager, attempt.id, checkedAnswers(attempt, questions, answers));
      return attempt;
    });
  }

  /**
   * Keeps the final answers and grades the attempt, once; the learner's progress moves in the same
   * transaction. Submitting again with the same key answers the first submission's result.
   */
  async submit(viewer: Viewer, attemptId: string, answers: GivenAnswer[], submissionKey: string | null): Promise<QuizAttempt> {
    return this.inOpenAttempt(viewer, attemptId, submissionKey, (manager, attempt, questions) =>
      this.grade(manager, attempt, questions, AttemptStatus.SUBMITTED, checkedAnswers(attempt, questions, answers), submissionKey),
    );
  }

  /** Attempts left open past their deadline are graded on what was saved, as if time ran out then. */
  private async closeOverdue(userId: string, quizId: string): Promise<void> {
    for (const attemptId of await overdueAttemptIds(this.dataSource, userId, quizId)) {
      await this.dataSource.transaction(async (manager) => {
        const attempt = await lockAttempt(manager, attemptId);
        if (attempt?.overdue) await this.grade(manager, attempt, await questionsOfAttempt(manager, attempt), AttemptStatus.EXPIRED);
      });
    }
  }

  /**
   * Runs a change on the viewer's attempt while it is open, holding its row lock, and answers the
   * attempt as the change left it. An attempt past its deadline is graded on what was saved
   * instead, and the caller is told so once that is committed.
   */
  private async inOpenAttempt(
    viewer: Viewer,
    attemptId: string,
    submissionKey: string | null,
    change: (manager: EntityManager, attempt: QuizAttempt, questions: GradedQuestion[]) => Promise<QuizAttempt>,
  ): Promise<QuizAttempt> {
    const { attempt, expired } = await this.dataSource.transaction(async (manager) => {
      const attempt = isUuid(attemptId) ? await lockAttempt(manager, attemptId) : null;
      if (!attempt || attempt.userId !== viewer.id) throw attemptNotFound();
      if (submissionKey !== null && attempt.submissionKey === submissionKey) return { attempt, expired: false };
      if (attempt.status === AttemptStatus.SUBMITTED) throw alreadySubmitted();
      if (attempt.status === AttemptStatus.EXPIRED) return { attempt, expired: true };
      const questions = await questionsOfAttempt(manager, attempt);
      if (attempt.overdue) return { attempt: await this.grade(manager, attempt, questions, AttemptStatus.EXPIRED), expired: true };
      return { attempt: await change(manager, attempt, questions), expired: false };
    });
    if (expired) throw timeRanOut(attempt);
    return attempt;
  }

  /**
   * Grades the attempt on the answers `given` now and those saved before, keeps them with their
   * credit, closes the attempt and tells its followers, all in the caller's transaction, which
   * holds the attempt's row lock.
   */
  private async grade(
    manager: EntityManager,
    attempt: QuizAttempt,
    questions: GradedQuestion[],
    status: Graded,
    given: CheckedAnswer[] = [],
    submissionKey: string | null = null,
  ): Promise<QuizAttempt> {
    const saved = answersEveryQuestion(attempt, given) ? [] : await savedAnswersOf(manager, [attempt.id]);
    const earlier = earlierAnswersStanding(given, saved.map(({ questionId, optionIds, number, text }) => ({ questionId, optionIds, number, text }) as CheckedAnswer));
    const grade = gradeAttempt(questions, new Map([...given, ...earlier].map((answer) => [answer.questionId, answer])), attempt);
    const credited = (answers: CheckedAnswer[]) => answers.map((answer) => ({ ...answer, credit: grade.credits.get(answer.questionId) ?? 0 }));
    const closed = await closeAttempt(manager, attempt.id, {
      status,
      score: grade.score,
      passed: grade.passed,
      submissionKey,
      given: credited(given),
      earlier: credited(earlier),
    });
    if (!closed) throw alreadySubmitted();
    const graded: QuizAttempt = {
      ...attempt,
      status,
      score: grade.score,
      passed: grade.passed,
      submittedAt: closed.submittedAt,
      submissionKey,
      overdue: false,
      quizPassed: attempt.quizPassed || grade.passed,
    };
    await this.followers.tell(manager, graded);
    return graded;
  }
}

/**
 * Answers are checked against the ids this attempt showed, so an authored id or one from another
 * attempt is refused, and kept with the authored ids the answer key uses.
 */
function checkedAnswers(attempt: QuizAttempt, questions: GradedQuestion[], answers: GivenAnswer[]): CheckedAnswer[] {
  const shown = new ShownOptions(attempt.drawnQuestions);
  const checked = checkAnswers(
    questions.map(({ id, type }) => ({ id, type, optionIds: shown.shownIdsOf(id) })),
    answers,
  );
  if (checked.problems.length > 0) {
    throw new PlatformError('BAD_USER_INPUT', `Nothing was saved. ${checked.problems.join(' ')}`, { problems: checked.problems });
  }
  return checked.answers.map((answer) => (answer.optionIds ? { ...answer, optionIds: shown.authored(answer.questionId, answer.optionIds) } : answer));
}
