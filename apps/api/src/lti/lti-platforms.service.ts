import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Viewer } from '../auth/viewer';
import { PlatformError } from '../common/errors';
import { isUuid } from '../common/pagination';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { ChangeNotifications, type ChangeSubscriber } from '../database/change-notifications';
import { allLtiPlatforms, anyLtiPlatform, deleteLtiPlatform, ltiPlatformById, saveLtiPlatform, type LtiPlatformRow } from './lti-platform-records';
import type { LtiPlatformInput } from './lti.inputs';
import type { LtiToolConfiguration } from './lti.types';

/** The LMS platforms admins register; every change is audited. */
@Injectable()
export class LtiPlatformsService implements ChangeSubscriber {
  /** Null while not known: just started, or a change was heard and is being read. */
  private registered: boolean | null = null;
  private reads = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly notifications: ChangeNotifications,
  ) {
    notifications.subscribe('lti_platforms', this);
  }

  /**
   * Whether any LMS is registered, from memory: grading asks on every submit, and a platform that
   * serves no LMS must not pay a statement for it. Any process's registration is heard at once;
   * while that is not sure, the answer is yes, so no grade is lost.
   */
  anyRegistered(): boolean {
    return this.registered !== false || !this.notifications.listening;
  }

  changed(): void {
    void this.refresh();
  }

  resync(): void {
    void this.refresh();
  }

  private async refresh(): Promise<void> {
    const read = ++this.reads;
    this.registered = null;
    const registered = await anyLtiPlatform(this.dataSource).catch(() => null);
    if (read === this.reads) this.registered = registered;
  }

  all(): Promise<LtiPlatformRow[]> {
    return allLtiPlatforms(this.dataSource);
  }

  toolConfiguration(): LtiToolConfiguration {
    const at = (path: string) => `${this.config.publicUrl}${path}`;
    return { loginUrl: at('/lti/login'), launchUrl: at('/lti/launch'), keySetUrl: at('/lti/jwks'), deepLinkingUrl: at('/lti/launch') };
  }

  async save(admin: Viewer, input: LtiPlatformInput): Promise<LtiPlatformRow> {
    const id = input.id ?? randomUUID();
    const platform: LtiPlatformRow = {
      id,
      name: input.name.trim(),
      issuer: this.webAddress(input.issuer, 'issuer', true),
      clientId: input.clientId.trim(),
      loginUrl: this.webAddress(input.loginUrl, 'loginUrl'),
      accessTokenUrl: this.webAddress(input.accessTokenUrl, 'accessTokenUrl'),
      keySetUrl: this.webAddress(input.keySetUrl, 'keySetUrl'),
      deploymentIds: [...new Set(input.deploymentIds.map((deployment) => deployment.trim()))],
    };
    if (platform.deploymentIds.includes('')) throw new PlatformError('BAD_USER_INPUT', 'A deployment id cannot be empty.', { field: 'deploymentIds' });
    const saved = await this.dataSource.transaction(async (manager) => {
      if (input.id && !(await ltiPlatformById(manager, input.id))) throw new PlatformError('NOT_FOUND', 'That LMS registration was removed.');
      if (!(await saveLtiPlatform(manager, platform))) return false;
      const { name, issuer, clientId, deploymentIds } = platform;
      await this.audit.record(manager, { actorId: admin.id, action: input.id ? 'LTI_PLATFORM_CHANGED' : 'LTI_PLATFORM_REGISTERED', details: { name, issuer, clientId, deploymentIds } });
      return true;
    });
    if (!saved) throw new PlatformError('BAD_USER_INPUT', 'This LMS is registered already with that client id.', { field: 'clientId' });
    this.registered = true;
    return platform;
  }

  async remove(admin: Viewer, id: string): Promise<boolean> {
    if (!isUuid(id)) return false;
    const removed = await this.dataSource.transaction(async (manager) => {
      const platform = await ltiPlatformById(manager, id);
      if (!platform || !(await deleteLtiPlatform(manager, id))) return false;
      await this.audit.record(manager, { actorId: admin.id, action: 'LTI_PLATFORM_REMOVED', details: { name: platform.name, issuer: platform.issuer, clientId: platform.clientId } });
      return true;
    });
    return removed;
  }

  /** https:// only in production: a launch's keys and grades are worth nothing over a readable channel. */
  private webAddress(value: string, field: string, asTyped = false): string {
    let url: URL | null = null;
    try {
      url = new URL(value.trim());
    } catch {
      // refused below
    }
    const allowed = this.config.production ? ['https:'] : ['https:', 'http:'];
    if (!url || !allowed.includes(url.protocol) || url.hash || url.username || url.password) {
      throw new PlatformError('BAD_USER_INPUT', `Enter an https:// address, like https://lms.hospital.example.org${asTyped ? '' : '/path'}.`, { field });
    }
    // The issuer is compared with the id token's iss claim exactly, so it is kept as typed.
    return asTyped ? value.trim() : url.href;
  }
}
