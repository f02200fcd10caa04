import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { accountsWithRoles } from '../auth/account-records';
import { JobQueue } from '../jobs/job-queue.service';
import { MailService } from '../mail/mail.service';
import { dayOf } from '../common/dates';
import { findCourseVersion } from '../catalog/published-courses.records';
import { claimReviewReminders } from './course-reviews.records';

const REMINDER_QUEUE = 'course-review-reminders';
const MESSAGE_QUEUE = 'course-review-email';
/** Reviewers and admins hear of a termination this many days ahead. */
export const REVIEW_REMINDER_DAYS = 30;

interface ReminderJob {
  versionId: string;
  terminatesAt: string;
}

@Injectable()
export class CourseReviewRemindersService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly mail: MailService,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.work<ReminderJob>(MESSAGE_QUEUE, (job) => this.deliver(job));
    await this.jobs.work(REMINDER_QUEUE, () => this.queueReminders(), { schedule: '23 6 * * *' });
  }

  /** Claims each termination date once and queues its message in the same transaction. */
  async queueReminders(): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      for (const due of await claimReviewReminders(manager, REVIEW_REMINDER_DAYS)) {
        const job: ReminderJob = { versionId: due.courseVersionId, terminatesAt: due.terminatesAt.toISOString() };
        await this.jobs.sendWithin(manager, MESSAGE_QUEUE, job);
      }
    });
  }

  private async deliver({ versionId, terminatesAt }: ReminderJob): Promise<void> {
    const version = await findCourseVersion(this.dataSource, versionId);
    if (!version) return;
    const day = dayOf(new Date(terminatesAt));
    for (const person of await accountsWithRoles(this.dataSource, ['REVIEWER', 'ADMIN'])) {
      await this.mail.send(
        {
          to: { name: person.name, address: person.email },
          subject: `Review due: ${version.title} (version ${version.version}) terminates on ${day}`,
          text: [
            `Dear ${person.name},`,
            '',
            `Version ${version.version} of "${version.title}" terminates on ${day}. After that it takes no new enrolments and grants no certificates.`,
            'A reviewer can check it against current evidence and sign it off on the Reviews page, which extends it by up to three years.',
          ].join('\n'),
        },
        `review-due-${versionId}-${person.email}`,
      );
    }
  }
}
