import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { emailOfAccount } from '../auth/account-records';
import { dayOf } from '../common/dates';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { JobQueue } from '../jobs/job-queue.service';
import { MailService } from '../mail/mail.service';
import { claimExpiryReminders, findCertificate, type CertificateRecord } from './certificate-records';
import { verifyUrl } from './certificate-view';

type MessageKind = 'ISSUED' | 'EXPIRING';

interface MessageJob {
  kind: MessageKind;
  certificateId: string;
}

const MESSAGE_QUEUE = 'certificate-email';
const REMINDER_QUEUE = 'certificate-expiry-reminders';
/** Long enough to book the final exam again before the certificate lapses. */
const REMINDER_DAYS = 30;

/** Tells holders about their certificates: when one is issued and once, a month before it expires. */
@Injectable()
export class CertificateMailService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.work<MessageJob>(MESSAGE_QUEUE, (job) => this.deliver(job), { batchSize: 10 });
    await this.jobs.work(REMINDER_QUEUE, () => this.queueExpiryReminders(), { schedule: '17 * * * *' });
  }

  /** In the transaction that issued the certificate, so the message goes out exactly when it committed. */
  queueIssued(manager: EntityManager, certificateId: string): Promise<void> {
    return this.jobs.sendWithin(manager, MESSAGE_QUEUE, { kind: 'ISSUED', certificateId } satisfies MessageJob);
  }

  /** Each valid certificate is reminded about once; the hourly job claims the due ones under a lock. */
  async queueExpiryReminders(): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const due = await claimExpiryReminders(manager, REMINDER_DAYS);
      for (const id of due) await this.jobs.sendWithin(manager, MESSAGE_QUEUE, { kind: 'EXPIRING', certificateId: id } satisfies MessageJob);
    });
  }

  private async deliver({ kind, certificateId }: MessageJob): Promise<void> {
    const certificate = await findCertificate(this.dataSource, certificateId);
    if (!certificate) return;
    const address = await emailOfAccount(this.dataSource, certificate.userId);
    if (!address) return;
    await this.mail.send(
      { to: { name: certificate.holderName, address }, ...this.compose(kind, certificate) },
      `${kind.toLowerCase()}-${certificateId}`,
    );
  }

  private compose(kind: MessageKind, certificate: CertificateRecord): { subject: string; text: string } {
    const link = verifyUrl(this.config.publicUrl, certificate.code);
    const validity = certificate.expiresAt ? `It is valid until ${dayOf(certificate.expiresAt)}.` : 'It does not expire.';
    const closing = `You can download the PDF and the signed credential from your certificates at ${this.config.publicUrl}.\n\n${this.config.issuerName}\n`;
    if (kind === 'ISSUED') {
      return {
        subject: `Your certificate for ${certificate.courseTitle}`,
        text:
          `Hello ${certificate.holderName},\n\n` +
          `Your certificate for ${certificate.courseTitle} (${certificate.creditHours} credit hours) was issued on ${dayOf(certificate.issuedAt)}. ${validity}\n\n` +
          `Certificate code: ${certificate.code}\nAnyone can check it at ${link}\n\n${closing}`,
      };
    }
    return {
      subject: `Your certificate for ${certificate.courseTitle} expires on ${dayOf(certificate.expiresAt!)}`,
      text:
        `Hello ${certificate.holderName},\n\n` +
        `Your certificate ${certificate.code} for ${certificate.courseTitle} expires on ${dayOf(certificate.expiresAt!)}. ` +
        `Complete the course's final exam again to be issued a new one.\n\n${closing}`,
    };
  }
}
