import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Viewer } from '../auth/viewer';
import { PlatformError } from '../common/errors';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { SecretBox } from '../secrets/secret-box';
import type { LearningRecordStoreInput } from './learning-records.inputs';
import { LearningRecordDeliveryStatus, type LearningRecordDelivery, type LearningRecordQueue } from './learning-records.types';
import type { LrsAddress } from './lrs-connection';
import { lrsSettings, saveLrsSettings } from './lrs-settings.records';
import { deliveriesIn, deliveryCounts, queueEarlierEvents, retryFailedDeliveries, tryWaitingNow } from './statement-delivery.records';
import { statementIdOf } from './xapi-statements';

export const LRS_SECRET_CONTEXT = 'lrs-auth-secret';
const LISTED = 20;
const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/** The LRS admins configure, and the queue of statements they watch; every change is audited. */
@Injectable()
export class LearningRecordStoreService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly secrets: SecretBox,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async settings() {
    const stored = await lrsSettings(this.dataSource);
    if (!stored) return null;
    const { sealedAuthSecret: _, ...shown } = stored;
    return shown;
  }

  /** Where to send, the secret opened; null while no LRS is on. */
  async address(): Promise<LrsAddress | null> {
    const stored = await lrsSettings(this.dataSource);
    if (!stored?.enabled) return null;
    return { endpoint: stored.endpoint, authKey: stored.authKey, authSecret: this.secrets.open(stored.sealedAuthSecret, LRS_SECRET_CONTEXT) };
  }

  async save(admin: Viewer, input: LearningRecordStoreInput) {
    const endpoint = this.endpointOf(input.endpoint);
    const { authSecret } = input;
    await this.dataSource.transaction(async (manager) => {
      const before = await lrsSettings(manager);
      if (!before && !authSecret) throw new PlatformError('BAD_USER_INPUT', 'Enter the secret the LRS gave you.', { field: 'authSecret' });
      await saveLrsSettings(manager, {
        endpoint,
        authKey: input.authKey.trim(),
        sealedAuthSecret: authSecret ? this.secrets.seal(authSecret, LRS_SECRET_CONTEXT) : null,
        enabled: input.enabled,
      });
      await tryWaitingNow(manager);
      await this.audit.record(manager, {
        actorId: admin.id,
        action: before ? 'LEARNING_RECORD_STORE_CHANGED' : 'LEARNING_RECORD_STORE_ADDED',
        details: { endpoint, authKey: input.authKey.trim(), enabled: input.enabled, secretChanged: Boolean(authSecret) },
      });
    });
    return (await this.settings())!;
  }

  /** Queues the events recorded before the LRS was on (or while it was off); answers how many. */
  async sendEarlierEvents(admin: Viewer): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await lrsSettings(manager))?.enabled) throw new PlatformError('BAD_USER_INPUT', 'Turn the LRS on first.');
      const queued = await queueEarlierEvents(manager);
      await this.audit.record(manager, { actorId: admin.id, action: 'LEARNING_RECORDS_BACKFILLED', details: { queued } });
      return queued;
    });
  }

  async retryFailed(admin: Viewer): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const retried = await retryFailedDeliveries(manager);
      await this.audit.record(manager, { actorId: admin.id, action: 'LEARNING_RECORDS_RETRIED', details: { retried } });
      return retried;
    });
  }

  async queue(): Promise<LearningRecordQueue> {
    const [counts, failed, retrying, sent] = await Promise.all([
      deliveryCounts(this.dataSource),
      deliveriesIn(this.dataSource, 'FAILED', LISTED),
      deliveriesIn(this.dataSource, 'WAITING', LISTED),
      deliveriesIn(this.dataSource, 'SENT', LISTED),
    ]);
    const shown = (row: (typeof sent)[number]): LearningRecordDelivery => ({
      ...row,
      statementId: statementIdOf(row.eventId),
      status: LearningRecordDeliveryStatus[row.status],
      nextTryAt: row.status === 'WAITING' ? row.nextTryAt : null,
    });
    const problems = [...failed, ...retrying].map(shown).sort((a, b) => (b.settledAt ?? b.nextTryAt!).getTime() - (a.settledAt ?? a.nextTryAt!).getTime());
    return { ...counts, problems: problems.slice(0, LISTED), recentlySent: sent.map(shown) };
  }

  /** https://, or plain http:// to this machine outside production (a local or test LRS): the secret travels in every request. */
  private endpointOf(value: string): string {
    let url: URL | null = null;
    try {
      url = new URL(value.trim());
    } catch {
      // refused below
    }
    const plainAllowed = !this.config.production && url?.protocol === 'http:' && LOOPBACK_HOSTS.includes(url.hostname);
    if (!url || !(url.protocol === 'https:' || plainAllowed) || url.search || url.hash || url.username || url.password) {
      throw new PlatformError('BAD_USER_INPUT', "The endpoint is the LRS's https:// address, like https://lrs.hospital.example.org/xapi/.", { field: 'endpoint' });
    }
    return url.toString();
  }
}
