import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JobQueue } from '../jobs/job-queue.service';
import { AttemptFollowers } from './attempt-followers';
import { attemptsInScope } from './attempt-records';
import { AttemptStatus } from './attempts.types';
import { regradeResults, resultChanged } from './regrade-grading';
import { RegradeMail } from './regrade-mail.service';
import { advanceRegrade, claimRegrade, finishRegrade, recordRegradedAttempts, scopeOf } from './regrade-records';

export const REGRADE_QUEUE = 'quiz-regrade';

export interface RegradeJob {
  regradeId: string;
}

/** Attempts per transaction: short enough that a learner's submit never waits long behind one. */
const BATCH = 200;

/**
 * Applies a recorded regrade to the attempts of its scope, batch by batch in id order. Each batch
 * is one transaction that holds the regrade's lock and the attempts' row locks, stores the new
 * scores with the old ones (once per attempt: attempt_regrade's key), tells the attempts'
 * followers and queues a message to each learner whose result changed, and moves the regrade's
 * cursor on. A job stopped half-way resumes after the last batch that committed.
 *
 * An attempt still open when its batch runs is passed over: the regrade is in force, so the
 * attempt is graded by it when submitted or closed, and never needs regrading.
 */
@Injectable()
export class RegradeRunner implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly followers: AttemptFollowers,
    private readonly mail: RegradeMail,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.work<RegradeJob>(REGRADE_QUEUE, (job) => this.run(job.regradeId));
  }

  async run(regradeId: string): Promise<void> {
    while (await this.nextBatch(regradeId));
  }

  /** Answers whether there may be more to do. */
  async nextBatch(regradeId: string, size = BATCH): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const regrade = await claimRegrade(manager, regradeId);
      if (!regrade || regrade.status === 'COMPLETE') return false;
      const attempts = await attemptsInScope(manager, scopeOf(regrade), regrade.afterAttemptId, size, true);
      if (attempts.length === 0) {
        await finishRegrade(manager, regradeId);
        return false;
      }
      const results = await regradeResults(manager, attempts);
      const recorded = new Set(await recordRegradedAttempts(manager, regradeId, results));
      for (const result of results.filter((result) => recorded.has(result.attemptId) && resultChanged(result))) {
        await this.followers.tell(manager, { ...result.attempt, score: result.newScore, passed: result.newPassed, regraded: true });
        await this.mail.queueChangedResult(manager, regradeId, result.attemptId);
      }
      const open = attempts.filter((attempt) => attempt.status === AttemptStatus.IN_PROGRESS).length;
      await advanceRegrade(manager, regradeId, { lastAttemptId: attempts.at(-1)!.id, done: attempts.length - open, open });
      return true;
    });
  }
}
