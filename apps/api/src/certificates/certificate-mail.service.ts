import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { CertificateJobsService } from './certificate-jobs.service';
import { dayOf, findCertificate, verifyUrl, type CertificateRecord } from './certificate-records';
import type { OutboxMessage } from './certificates.types';
import { readOutboxMessage } from './outbox-message';

type MessageKind = 'ISSUED' | 'EXPIRING';

interface MessageJob {
  kind: MessageKind;
  certificateId: string;
}

const MESSAGE_QUEUE = 'certificate-email';
const REMINDER_QUEUE = 'certificate-expiry-reminders';
/** Long enough to book the final exam again before the certificate lapses. */
const REMINDER_DAYS = 30;

/**
 * Tells holders about their certificates: when one is issued and once, a month before it expires.
 * Through SMTP when SMTP_URL is set; otherwise each message is written as an .eml file to
 * `DATA_DIR/outbox`, which admins can read, so nothing is lost on a machine without a mail server.
 */
@Injectable()
export class CertificateMailService implements OnModuleInit {
  private readonly transport: Transporter;
  private readonly outboxDir: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: CertificateJobsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.transport = config.smtpUrl
      ? nodemailer.createTransport(config.smtpUrl)
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
    this.outboxDir = path.join(config.dataDir, 'outbox');
  }

  onModuleInit(): void {
    this.jobs.define<MessageJob>({ name: MESSAGE_QUEUE, batchSize: 10, handle: (jobs) => this.deliverAll(jobs) });
    this.jobs.define({ name: REMINDER_QUEUE, batchSize: 1, schedule: '17 * * * *', handle: () => this.queueExpiryReminders() });
  }

  /** In the transaction that issued the certificate, so the message goes out exactly when it committed. */
  queueIssued(manager: EntityManager, certificateId: string): Promise<void> {
    return this.jobs.add(manager, MESSAGE_QUEUE, { kind: 'ISSUED', certificateId } satisfies MessageJob);
  }

  /** Each valid certificate is reminded about once; the hourly job claims the due ones under a lock. */
  async queueExpiryReminders(): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [due]: [{ id: string }[]] = await manager.query(
        `UPDATE certificate SET expiry_reminder_sent_at = now()
          WHERE id IN (SELECT id FROM certificate
                        WHERE revoked_at IS NULL AND superseded_at IS NULL AND expiry_reminder_sent_at IS NULL
                          AND expires_at > now() AND expires_at <= now() + make_interval(days => $1)
                        FOR UPDATE SKIP LOCKED)
          RETURNING id`,
        [REMINDER_DAYS],
      );
      for (const { id } of due) await this.jobs.add(manager, MESSAGE_QUEUE, { kind: 'EXPIRING', certificateId: id } satisfies MessageJob);
    });
  }

  async outbox(first = 20): Promise<OutboxMessage[]> {
    const files = await readdir(this.outboxDir).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    });
    const newest = files.filter((file) => file.endsWith('.eml')).sort().reverse().slice(0, first);
    return Promise.all(
      newest.map(async (fileName) => {
        const message = readOutboxMessage(await readFile(path.join(this.outboxDir, fileName), 'utf8'));
        return { fileName, to: message.to, subject: message.subject, createdAt: message.date, text: message.text };
      }),
    );
  }

  private async deliverAll(jobs: MessageJob[]): Promise<void> {
    for (const job of jobs) await this.deliver(job);
  }

  private async deliver({ kind, certificateId }: MessageJob): Promise<void> {
    const certificate = await findCertificate(this.dataSource, certificateId);
    if (!certificate) return;
    const [holder] = await this.dataSource.query(`SELECT email FROM app_user WHERE id = $1`, [certificate.userId]);
    const sent = await this.transport.sendMail({
      from: { name: this.config.issuerName, address: this.config.mailFrom },
      to: { name: certificate.holderName, address: holder.email },
      ...this.compose(kind, certificate),
    });
    if (this.config.smtpUrl) return;
    await mkdir(this.outboxDir, { recursive: true });
    // Sortable by time; the id and kind keep two messages of one instant apart.
    const fileName = `${new Date().toISOString().replace(/[:.]/g, '-')}-${kind.toLowerCase()}-${certificateId}.eml`;
    await writeFile(path.join(this.outboxDir, fileName), sent.message as Buffer);
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
