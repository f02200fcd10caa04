import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Viewer } from '../auth/viewer';
import { PlatformError } from '../common/errors';
import { isUuid } from '../common/pagination';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { SecretBox } from '../secrets/secret-box';
import {
  allIdentityProviders,
  deleteIdentityProvider,
  enabledIdentityProviders,
  identityProviderById,
  saveIdentityProvider,
  type IdentityProviderRow,
} from './identity-provider-records';
import { clientSecretContext } from './oidc-configurations';
import type { IdentityProviderInput } from './single-sign-on.inputs';
import { CALLBACK_PATH } from './single-sign-on.service';

/** The providers admins configure; every change is audited, the client secret never leaves sealed. */
@Injectable()
export class IdentityProvidersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly secrets: SecretBox,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async all() {
    return (await allIdentityProviders(this.dataSource)).map((provider) => this.shown(provider));
  }

  async offered() {
    return (await enabledIdentityProviders(this.dataSource)).map(({ slug, displayName }) => ({ slug, displayName, signInUrl: `/auth/sso/${slug}` }));
  }

  async save(admin: Viewer, input: IdentityProviderInput) {
    const id = input.id ?? randomUUID();
    if (input.id && !(await identityProviderById(this.dataSource, input.id))) throw new PlatformError('NOT_FOUND', 'That provider was removed.');
    if (!input.id && !input.clientSecret) throw new PlatformError('BAD_USER_INPUT', 'Enter the client secret the provider gave you.', { field: 'clientSecret' });
    const { clientSecret, ...settings } = input;
    const saved = await this.dataSource.transaction(async (manager) => {
      const stored = await saveIdentityProvider(manager, {
        ...settings,
        id,
        issuer: this.issuerOf(input.issuer),
        allowedDomains: [...new Set(input.allowedDomains.map((domain) => domain.trim().toLowerCase()))],
        groupRoles: input.groupRoles.map(({ group, role }) => ({ group: group.trim(), role })),
        sealedClientSecret: clientSecret ? this.secrets.seal(clientSecret, clientSecretContext(id)) : null,
      });
      if (stored) {
        await this.audit.record(manager, {
          actorId: admin.id,
          action: input.id ? 'IDENTITY_PROVIDER_CHANGED' : 'IDENTITY_PROVIDER_ADDED',
          details: { slug: input.slug, issuer: input.issuer, secretChanged: Boolean(clientSecret) },
        });
      }
      return stored;
    });
    if (!saved) throw new PlatformError('BAD_USER_INPUT', `Another provider already has the short name "${input.slug}".`, { field: 'slug' });
    return this.shown((await identityProviderById(this.dataSource, id))!);
  }

  async remove(admin: Viewer, id: string): Promise<boolean> {
    if (!isUuid(id)) return false;
    return this.dataSource.transaction(async (manager) => {
      const provider = await identityProviderById(manager, id);
      if (!provider || !(await deleteIdentityProvider(manager, id))) return false;
      await this.audit.record(manager, { actorId: admin.id, action: 'IDENTITY_PROVIDER_REMOVED', details: { slug: provider.slug } });
      return true;
    });
  }

  /** Plain HTTP only outside production (local and test providers); a provider's tokens are worth nothing over a readable channel. */
  private issuerOf(value: string): string {
    let url: URL | null = null;
    try {
      url = new URL(value.trim());
    } catch {
      // refused below
    }
    const allowed = this.config.production ? ['https:'] : ['https:', 'http:'];
    if (!url || !allowed.includes(url.protocol) || url.search || url.hash) {
      throw new PlatformError('BAD_USER_INPUT', 'The issuer is an https:// address, like https://login.hospital.example.org/realms/staff.', { field: 'issuer' });
    }
    // As typed: discovery requires the provider's metadata to name exactly this issuer, trailing slash and all.
    return value.trim();
  }

  private shown({ sealedClientSecret: _, updatedAt: __, ...provider }: IdentityProviderRow) {
    return { ...provider, callbackUrl: `${this.config.publicUrl}${CALLBACK_PATH}` };
  }
}
