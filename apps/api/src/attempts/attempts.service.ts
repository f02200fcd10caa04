import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { PlatformError } from '../common/errors';
import { isUuid } from '../common/pagination';
import { ProgressService } from '../progress/progress.service';
import { alreadySubmitted, closeAttempt } from './attempt-closing';
import {
  attemptsOfLearner,
  findAttempt,
  insertAttempt,
  lockAttempt,
  overdueAttemptIds,
  questionPool,
  questionsOfAttempt,
  writeAnswers,
} from './attempt-records';
import { checkAnswers, type CheckedAnswer, type GivenAnswer } from './answer-rules';
import { AttemptStatus, type QuizAttempt } from './attempts.types';
import { drawQuestions, type DrawRules } from './question-draw';
import { ShownOptions, withShownOptionIds } from './shown-options';

interface PublishedRules extends DrawRules {
  versionId: string;
  maxAttempts: number | null;
  cooldownSeconds: number;
  timeLimitSeconds: number | null;
}

const attemptNotFound = () => new PlatformError('NOT_FOUND', 'There is no attempt with that id that you can see.');
const quizNotFound = () => new PlatformError('NOT_FOUND', 'There is no quiz with that id.');

function waitInWords(seconds: number): string {
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes < 120 ? `${minutes} minutes` : `${Math.ceil(minutes / 60)} hours`;
}

@Injectable()
export class AttemptsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly progress: ProgressService,
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
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`attempt-start:${viewer.id}:${quizId}`]);
      const [open] = await manager.query(
        `SELECT id FROM quiz_attempt WHERE user_id = $1 AND quiz_id = $2 AND status = 'IN_PROGRESS'`,
        [viewer.id, quizId],
      );
      if (open) return open.id as string;
      const rules = await this.publishedRules(manager, quizId);
      const attemptNumber = await this.nextAttemptNumber(manager, viewer.id, quizId, rules);
      const id = randomUUID();
      const drawnQuestions = withShownOptionIds(drawQuestions(randomBytes(32).toString('hex'), await questionPool(manager, rules.versionId), rules));
      await insertAttempt(manager, {
        id,
        quizId,
        quizVersionId: rules.versionId,
        userId: viewer.id,
        attemptNumber,
        drawnQuestions,
        timeLimitSeconds: rules.timeLimitSeconds,
      });
      await this.progress.attemptStarted(manager, id);
      return id;
    });
    return (await findAttempt(this.dataSource, attemptId))!;
  }

  saveAnswers(viewer: Viewer, attemptId: string, answers: GivenAnswer[]): Promise<QuizAttempt> {
    return this.changeOpenAttempt(viewer, attemptId, null, async (manager, attempt) => {
      await writeAnswers(manager, attempt.id, await this.checkedAnswers(manager, attempt, answers));
    });
  }

  /** Keeps the final answers and grades the attempt, once. */
  submit(viewer: Viewer, attemptId: string, answers: GivenAnswer[], submissionKey: string | null): Promise<QuizAttempt> {
    return this.changeOpenAttempt(viewer, attemptId, submissionKey, async (manager, attempt) => {
      await this.grade(manager, attempt, AttemptStatus.SUBMITTED, await this.checkedAnswers(manager, attempt, answers), submissionKey);
    });
  }

  /** Attempts left open past their deadline are graded on what was saved, as if time ran out then. */
  private async closeOverdue(userId: string, quizId: string): Promise<void> {
    for (const attemptId of await overdueAttemptIds(this.dataSource, userId, quizId)) {
      await this.dataSource.transaction(async (manager) => {
        const attempt = await lockAttempt(manager, attemptId);
        if (attempt?.overdue) await this.grade(manager, attempt, AttemptStatus.EXPIRED);
      });
    }
  }

  /** Grading, the answers given with it, and the learner's progress commit together. */
  private async grade(
    manager: EntityManager,
    attempt: QuizAttempt,
    status: AttemptStatus.SUBMITTED | AttemptStatus.EXPIRED,
    given: CheckedAnswer[] = [],
    submissionKey: string | null = null,
  ): Promise<void> {
    await closeAttempt(manager, attempt, status, given, submissionKey);
    await this.progress.attemptGraded(manager, attempt.id);
  }

  /**
   * Runs a change on the viewer's attempt while it is open, holding its row lock. An attempt past
   * its deadline is closed and graded on what was saved instead, and the caller is told so.
   */
  private async changeOpenAttempt(
    viewer: Viewer,
    attemptId: string,
    submissionKey: string | null,
    change: (manager: EntityManager, attempt: QuizAttempt) => Promise<void>,
  ): Promise<QuizAttempt> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      const attempt = isUuid(attemptId) ? await lockAttempt(manager, attemptId) : null;
      if (!attempt || attempt.userId !== viewer.id) throw attemptNotFound();
      if (submissionKey !== null && attempt.submissionKey === submissionKey) return 'repeated';
      if (attempt.status === AttemptStatus.SUBMITTED) throw alreadySubmitted();
      if (attempt.status === AttemptStatus.EXPIRED || attempt.overdue) {
        if (attempt.overdue) await this.grade(manager, attempt, AttemptStatus.EXPIRED);
        return 'expired';
      }
      await change(manager, attempt);
      return 'changed';
    });
    const attempt = (await findAttempt(this.dataSource, attemptId))!;
    if (outcome === 'expired') {
      throw new PlatformError(
        'ATTEMPT_EXPIRED',
        `Time ran out on this attempt at ${attempt.deadline!.toISOString()}; it was graded on the answers saved before then.`,
        { attemptId: attempt.id, deadline: attempt.deadline },
      );
    }
    return attempt;
  }

  /**
   * Answers are checked against the ids this attempt showed, so an authored id or one from another
   * attempt is refused, and kept with the authored ids the answer key uses.
   */
  private async checkedAnswers(manager: EntityManager, attempt: QuizAttempt, answers: GivenAnswer[]): Promise<CheckedAnswer[]> {
    const shown = new ShownOptions(attempt.drawnQuestions);
    const questions = (await questionsOfAttempt(manager, attempt)).map(({ id, type }) => ({ id, type, optionIds: shown.shownIdsOf(id) }));
    const checked = checkAnswers(questions, answers);
    if (checked.problems.length > 0) {
      throw new PlatformError('BAD_USER_INPUT', `Nothing was saved. ${checked.problems.join(' ')}`, { problems: checked.problems });
    }
    return checked.answers.map((answer) =>
      answer.optionIds ? { ...answer, optionIds: shown.authored(answer.questionId, answer.optionIds) } : answer,
    );
  }

  private async publishedRules(manager: EntityManager, quizId: string): Promise<PublishedRules> {
    const [rules] = await manager.query(
      `SELECT v.id AS "versionId", v.max_attempts AS "maxAttempts", v.cooldown_seconds AS "cooldownSeconds",
              v.time_limit_seconds AS "timeLimitSeconds", v.draw_count AS "drawCount",
              v.shuffle_questions AS "shuffleQuestions", v.shuffle_options AS "shuffleOptions"
         FROM quiz q JOIN quiz_version v ON v.id = q.published_version_id
        WHERE q.id = $1`,
      [quizId],
    );
    if (!rules) throw quizNotFound();
    return rules;
  }

  /**
   * Refuses a start beyond the attempt limit or inside the cooldown after the last submission.
   * The clock is read now, not at the transaction's start: this transaction may have waited for the lock.
   */
  private async nextAttemptNumber(manager: EntityManager, userId: string, quizId: string, rules: PublishedRules): Promise<number> {
    const [history] = await manager.query(
      `SELECT count(*)::int AS attempts, COALESCE(max(attempt_number), 0) AS "lastNumber",
              ceil(extract(epoch FROM max(submitted_at) + make_interval(secs => $3) - clock_timestamp()))::int AS "cooldownLeft"
         FROM quiz_attempt WHERE user_id = $1 AND quiz_id = $2`,
      [userId, quizId, rules.cooldownSeconds],
    );
    if (rules.maxAttempts !== null && history.attempts >= rules.maxAttempts) {
      throw new PlatformError('ATTEMPT_LIMIT_REACHED', `You have used all ${rules.maxAttempts} attempts at this quiz.`, {
        maxAttempts: rules.maxAttempts,
      });
    }
    if (history.cooldownLeft > 0) {
      throw new PlatformError('ATTEMPT_COOLDOWN', `You can start another attempt at this quiz in ${waitInWords(history.cooldownLeft)}.`, {
        retryAfterSeconds: history.cooldownLeft,
      });
    }
    return history.lastNumber + 1;
  }
}
