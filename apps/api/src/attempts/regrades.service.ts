import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Viewer } from '../auth/viewer';
import { PlatformError } from '../common/errors';
import { isUuid } from '../common/pagination';
import { JobQueue } from '../jobs/job-queue.service';
import { publishedQuestionKeyExists } from '../quizzes/questions.records';
import { lockQuiz, publishedVersion } from '../quizzes/quiz-versions.records';
import { attemptsInScope, countAttemptsInScope } from './attempt-records';
import { quizNotFound } from './attempt-rules';
import { regradeResults, resultChanged } from './regrade-grading';
import { findRegrade, hasUnfinishedRegrade, insertRegrade, learnersNamed, regradesOfQuiz, scopeOf, type RegradeRow } from './regrade-records';
import { REGRADE_QUEUE, type RegradeJob } from './regrade-runner.service';
import type { RegradeMode, RegradeRule } from './regrade-rules';
import type { RegradeChange, RegradePreview } from './regrades.types';

export interface RegradeOrder {
  quizId: string;
  mode: RegradeMode;
  questionKey?: string | null;
}

/** Attempts graded again at a time in a dry run: memory stays bounded whatever the quiz's history. */
const PREVIEW_PAGE = 500;

/**
 * Regrading after an item is fixed. A dry run lists what would change; the regrade itself is
 * recorded, which puts it in force for every grading from then on, and a job applies it to the
 * attempts already graded (RegradeRunner).
 */
@Injectable()
export class RegradesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly audit: AuditService,
  ) {}

  /** Every graded attempt whose score or pass the regrade would change; writes nothing. */
  async preview(order: RegradeOrder): Promise<RegradePreview> {
    const { rule, keyVersion } = await this.proposedRule(order);
    const scope = scopeOf({ quizId: order.quizId, mode: order.mode, keyVersion });
    const changes: (Omit<RegradeChange, 'learnerName' | 'learnerEmail'> & { userId: string })[] = [];
    let [examined, open, after] = [0, 0, null as string | null];
    for (;;) {
      const attempts = await attemptsInScope(this.dataSource, scope, after, PREVIEW_PAGE, false);
      if (attempts.length === 0) break;
      after = attempts.at(-1)!.id;
      const results = await regradeResults(this.dataSource, attempts, rule);
      examined += results.length;
      open += attempts.length - results.length;
      for (const { attempt, oldScore, newScore, oldPassed, newPassed } of results.filter(resultChanged)) {
        changes.push({ attemptId: attempt.id, userId: attempt.userId, attemptNumber: attempt.attemptNumber, quizVersion: attempt.quizVersion, oldScore, newScore, oldPassed, newPassed });
      }
    }
    const learners = new Map((await learnersNamed(this.dataSource, [...new Set(changes.map((change) => change.userId))])).map((learner) => [learner.id, learner]));
    const listed = changes
      .map(({ userId, ...change }) => ({ ...change, learnerName: learners.get(userId)!.name, learnerEmail: learners.get(userId)!.email }))
      .sort((a, b) => a.learnerName.localeCompare(b.learnerName) || a.attemptNumber - b.attemptNumber);
    return {
      mode: order.mode,
      questionKey: rule.questionKey,
      keyVersion,
      attemptsExamined: examined,
      attemptsOpen: open,
      nowPassing: listed.filter((change) => !change.oldPassed && change.newPassed).length,
      nowFailing: listed.filter((change) => change.oldPassed && !change.newPassed).length,
      changes: listed,
    };
  }

  /**
   * Records the regrade and queues its job, in one transaction: from its commit every attempt
   * graded is graded by it. Refused with REGRADE_IN_PROGRESS while another regrade of the quiz
   * is unfinished (a unique index decides between two requests at once).
   */
  async request(actor: Viewer, order: RegradeOrder): Promise<RegradeRow> {
    const regradeId = await this.dataSource.transaction(async (manager) => {
      // Publishing takes the same lock, so the key version is the published one when this commits.
      if (!isUuid(order.quizId) || !(await lockQuiz(manager, order.quizId))) throw quizNotFound();
      // Requests take turns on the quiz's lock, so the one before this has committed by now.
      if (await hasUnfinishedRegrade(manager, order.quizId)) throw regradeInProgress();
      const { rule, keyVersion } = await this.proposedRule(order, manager);
      const scope = scopeOf({ quizId: order.quizId, mode: order.mode, keyVersion });
      const regradeId = await insertRegrade(manager, {
        quizId: order.quizId,
        mode: order.mode,
        questionKey: rule.questionKey,
        keyVersionId: rule.keyVersionId,
        keyVersion,
        requestedBy: actor.id,
        attemptsTotal: await countAttemptsInScope(manager, scope),
      });
      if (!regradeId) throw regradeInProgress();
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'QUIZ_REGRADE_REQUESTED',
        details: { regradeId, quizId: order.quizId, mode: order.mode, questionKey: rule.questionKey, keyVersion },
      });
      await this.jobs.sendWithin(manager, REGRADE_QUEUE, { regradeId } satisfies RegradeJob);
      return regradeId;
    });
    this.jobs.wake(REGRADE_QUEUE);
    return (await findRegrade(this.dataSource, regradeId))!;
  }

  async find(regradeId: string): Promise<RegradeRow> {
    const regrade = isUuid(regradeId) ? await findRegrade(this.dataSource, regradeId) : null;
    if (!regrade) throw new PlatformError('NOT_FOUND', 'No regrade has that id.');
    return regrade;
  }

  /** The quiz's regrades, newest first. */
  ofQuiz(quizId: string): Promise<RegradeRow[]> {
    return isUuid(quizId) ? regradesOfQuiz(this.dataSource, quizId) : Promise.resolve([]);
  }

  /** The rule a regrade of the quiz would put in force, keyed by its published version; refuses what cannot be regraded. */
  private async proposedRule(order: RegradeOrder, db = this.dataSource.manager): Promise<{ rule: RegradeRule; keyVersion: number }> {
    const published = isUuid(order.quizId) ? await publishedVersion(db, order.quizId) : null;
    if (!published) throw quizNotFound();
    const questionKey = order.questionKey?.trim() || null;
    if (order.mode === 'CORRECTED_KEYS') {
      if (published.version === 1) {
        throw new PlatformError('BAD_USER_INPUT', 'Only version 1 of this quiz is published: publish the corrected questions as a new version first.');
      }
      return { rule: { regradeId: 'proposed', mode: 'CORRECTED_KEYS', questionKey: null, keyVersionId: published.id }, keyVersion: published.version };
    }
    if (!questionKey) throw new PlatformError('BAD_USER_INPUT', 'Name the question to give everyone credit for, by its key.');
    if (!(await publishedQuestionKeyExists(db, order.quizId, questionKey))) {
      throw new PlatformError('BAD_USER_INPUT', `No published version of this quiz has a question with the key "${questionKey}".`);
    }
    return { rule: { regradeId: 'proposed', mode: 'CREDIT_ALL', questionKey, keyVersionId: published.id }, keyVersion: published.version };
  }
}

function regradeInProgress(): PlatformError {
  return new PlatformError('REGRADE_IN_PROGRESS', 'Another regrade of this quiz is still running; start this one when it has finished.');
}
