import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { readOutboxMessage } from './outbox-message';
import type { OutboxMessage } from './mail.types';

export interface MailMessage {
  to: { name: string; address: string };
  subject: string;
  text: string;
}

/**
 * The platform's one way of sending email: through SMTP when SMTP_URL is set; otherwise each
 * message is written as an .eml file to `DATA_DIR/outbox`, which admins can read, so nothing is
 * lost on a machine without a mail server.
 */
@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter;
  private readonly outboxDir: string;
  private readonly pending = new Set<Promise<void>>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transport = config.smtpUrl
      ? nodemailer.createTransport(config.smtpUrl)
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
    this.outboxDir = path.join(config.dataDir, 'outbox');
  }

  /** `label` names the message in its outbox file, e.g. `issued-<certificate id>`. */
  async send(message: MailMessage, label: string): Promise<void> {
    const sent = await this.transport.sendMail({ from: { name: this.config.issuerName, address: this.config.mailFrom }, ...message });
    if (this.config.smtpUrl) return;
    await mkdir(this.outboxDir, { recursive: true });
    // Sortable by time; the label keeps two messages of one instant apart.
    const fileName = `${new Date().toISOString().replace(/[:.]/g, '-')}-${label}.eml`;
    await writeFile(path.join(this.outboxDir, fileName), sent.message as Buffer);
  }

  /**
   * Sends without holding up the answer, so how long a mail server takes never shows in it
   * (account messages must not tell a registered address from a new one). A message that fails
   * is logged; the person can ask for it again. Shutting down waits for those still going.
   */
  sendWithoutWaiting(message: MailMessage, label: string): void {
    const sending = this.send(message, label)
      .catch((error: Error) => this.logger.error(`Could not send "${message.subject}": ${error.message}`))
      .finally(() => this.pending.delete(sending));
    this.pending.add(sending);
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.pending);
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
}
