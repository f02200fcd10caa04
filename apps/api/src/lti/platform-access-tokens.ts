import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { LtiPlatformRow } from './lti-platform-records';
import { ToolKeyService } from './tool-key.service';

/** A token is used until this long before it expires, so none expires on its way to the platform. */
const EXPIRY_MARGIN_MS = 30_000;
const ASSERTION_LIFETIME_SECONDS = 5 * 60;

/**
 * Access tokens for a platform's services, as the 1EdTech Security Framework has them: the client
 * credentials grant, the tool authenticating with a JWT it signs (RFC 7523) instead of a secret. Kept in memory per platform and scope until they are about to expire.
 */
@Injectable()
export class PlatformAccessTokens {
  private readonly tokens = new Map<string, { token: string; expiresAt: number }>();

  constructor(private readonly toolKey: ToolKeyService) {}

  async tokenFor(platform: LtiPlatformRow, scope: string): Promise<string> {
    const key = `${platform.id} ${scope}`;
    const cached = this.tokens.get(key);
    if (cached && cached.expiresAt - EXPIRY_MARGIN_MS > Date.now()) return cached.token;
    const assertion = await this.toolKey.sign(
      { iss: platform.clientId, sub: platform.clientId, aud: platform.accessTokenUrl, jti: randomUUID() },
      ASSERTION_LIFETIME_SECONDS,
    );
    const response = await fetch(platform.accessTokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
        client_assertion: assertion,
        scope,
      }),
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw new Error(`${platform.name} refused an access token (HTTP ${response.status}).`);
    const granted = (await response.json()) as { access_token?: unknown; expires_in?: unknown };
    if (typeof granted.access_token !== 'string') throw new Error(`${platform.name} answered no access token.`);
    const lifetimeSeconds = typeof granted.expires_in === 'number' ? granted.expires_in : 3600;
    this.tokens.set(key, { token: granted.access_token, expiresAt: Date.now() + lifetimeSeconds * 1000 });
    return granted.access_token;
  }

  /** The platform refused the token before its time (revoked, or the platform restarted): the next call gets another. */
  forget(platform: LtiPlatformRow, scope: string): void {
    this.tokens.delete(`${platform.id} ${scope}`);
  }
}
