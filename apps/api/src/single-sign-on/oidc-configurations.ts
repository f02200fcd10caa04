import { Injectable } from '@nestjs/common';
import * as oidc from 'openid-client';
import { SecretBox } from '../secrets/secret-box';
import type { IdentityProviderRow } from './identity-provider-records';

export function clientSecretContext(providerId: string): string {
  return `oidc-client-secret:${providerId}`;
}

/**
 * Each provider's discovered configuration (endpoints, keys) with its client secret, discovered
 * once per process and again whenever an admin changes the provider. Plain-HTTP issuers are
 * accepted only where the settings allow them (outside production: test and local providers).
 */
@Injectable()
export class OidcConfigurations {
  private readonly discovered = new Map<string, Promise<oidc.Configuration>>();

  constructor(private readonly secrets: SecretBox) {}

  of(provider: IdentityProviderRow): Promise<oidc.Configuration> {
    const key = `${provider.id}:${provider.updatedAt.toISOString()}`;
    let found = this.discovered.get(key);
    if (!found) {
      found = this.discover(provider);
      // A failed discovery (the provider was down) is tried again on the next sign-in.
      found.catch(() => this.discovered.delete(key));
      this.discovered.set(key, found);
    }
    return found;
  }

  private discover(provider: IdentityProviderRow): Promise<oidc.Configuration> {
    const secret = this.secrets.open(provider.sealedClientSecret, clientSecretContext(provider.id));
    const issuer = new URL(provider.issuer);
    return oidc.discovery(issuer, provider.clientId, undefined, oidc.ClientSecretBasic(secret), {
      execute: issuer.protocol === 'http:' ? [oidc.allowInsecureRequests] : [],
      timeout: 10,
    });
  }
}
