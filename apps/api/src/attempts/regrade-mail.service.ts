import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { JobQueue } from '../jobs/job-queue.service';
import { MailService } from '../mail/mail.service';
import { changedResultMessage } from './regrade-records';
import type { RegradeMode } from './regrade-rules';

interface ChangedResultJob {
  regradeId: string;
  attemptId: string;
}

const MESSAGE_QUEUE = 'regrade-email';

const outcome = (passed: boolean) => (passed ? 'passed' : 'not passed');

export function regradeReason(mode: RegradeMode, keyVersion: number): string {
  return mode === 'CORRECTED_KEYS'
    ? `an answer key was corrected in version ${keyVersion} of the quiz, and attempts at earlier versions were graded again by it`
    : 'a question was found to be faulty and everyone who was shown it was given full credit for it';
}

/** Tells learners whose score or pass a regrade changed. */
@Injectable()
export class RegradeMail implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.work<ChangedResultJob>(MESSAGE_QUEUE, (job) => this.deliver(job), { batchSize: 10 });
  }

  /** In the transaction that regraded the attempt, so the message goes out exactly when that committed. */
  queueChangedResult(manager: EntityManager, regradeId: string, attemptId: string): Promise<void> {
    return this.jobs.sendWithin(manager, MESSAGE_QUEUE, { regradeId, attemptId } satisfies ChangedResultJob);
  }

  private async deliver({ regradeId, attemptId }: ChangedResultJob): Promise<void> {
    const message = await changedResultMessage(this.dataSource, regradeId, attemptId);
    if (!message) return;
    const passing =
      message.oldPassed === message.newPassed
        ? `It is still ${outcome(message.newPassed)}.`
        : `It was ${outcome(message.oldPassed)} and is now ${outcome(message.newPassed)}.`;
    await this.mail.send(
      {
        to: { name: message.name, address: message.email },
        subject: `Your result in ${message.quizTitle} has changed`,
        text:
          `Hello ${message.name},\n\n` +
          `Your attempt ${message.attemptNumber} at ${message.quizTitle} was graded again on ${message.regradedAt.toISOString().slice(0, 10)}, ` +
          `because ${regradeReason(message.mode, message.keyVersion)}.\n\n` +
          `Your score was ${message.oldScore}% and is now ${message.newScore}%. ${passing}\n\n` +
          `Your attempt history at ${this.config.publicUrl} shows the change.\n\n${this.config.issuerName}\n`,
      },
      `regraded-${attemptId}`,
    );
  }
}
