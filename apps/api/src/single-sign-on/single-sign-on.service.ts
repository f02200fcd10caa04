import { Inject, Injectable, Logger } from '@nestjs/common';
import * as oidc from 'openid-client';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { confirmAccountEmail, createAccount, findAccountToSignIn, setAccountRoles } from '../auth/account-records';
import { AuthService } from '../auth/auth.service';
import type { SessionDevice } from '../auth/session-device';
import { hashSessionToken } from '../auth/session-token';
import { PlatformError } from '../common/errors';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { RateLimitService } from '../rate-limits/rate-limit.service';
import { SignInChallengesService } from '../two-factor/sign-in-challenges.service';
import { identityProviderById, identityProviderBySlug, type IdentityProviderRow } from './identity-provider-records';
import { OidcConfigurations } from './oidc-configurations';
import { insertProviderSignIn, takeProviderSignIn } from './provider-sign-in-records';
import { providerIdentity, type ProviderIdentity } from './provider-identity';

export const CALLBACK_PATH = '/auth/sso/callback';
/** Time to sign in at the provider, including typing a password there. */
const SIGN_IN_LIFETIME_SECONDS = 10 * 60;
const STARTS_PER_ADDRESS = 30;
const WINDOW_SECONDS = 15 * 60;

export type ProviderSignInOutcome = { token: string } | { secondFactorChallenge: string };

const logger = new Logger('SingleSignOn');

/**
 * Signing in through an organisation's OpenID provider: the authorisation code flow with PKCE, a
 * state and a nonce per sign-in, kept in the database (any replica may receive the callback) and
 * taken once. openid-client checks the ID token: signature by the provider's keys, issuer,
 * audience (this client), expiry and nonce.
 */
@Injectable()
export class SingleSignOnService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly configurations: OidcConfigurations,
    private readonly rateLimits: RateLimitService,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
    private readonly challenges: SignInChallengesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  callbackUrl(): string {
    return `${this.config.publicUrl}${CALLBACK_PATH}`;
  }

  /** Where to send the browser: the provider's authorisation endpoint for a new sign-in. */
  async begin(slug: string, address: string): Promise<URL> {
    await this.rateLimits.consume(
      { key: `single-sign-on:address:${address}`, limit: STARTS_PER_ADDRESS, windowSeconds: WINDOW_SECONDS },
      'Too many sign-ins were started from this address.',
    );
    const provider = await identityProviderBySlug(this.dataSource, slug);
    if (!provider?.enabled) throw new PlatformError('SSO_PROVIDER_UNKNOWN', 'That sign-in provider is not offered here.');
    const configuration = await this.reach(provider);
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    await insertProviderSignIn(this.dataSource, { providerId: provider.id, stateHash: hashSessionToken(state), codeVerifier, nonce }, SIGN_IN_LIFETIME_SECONDS);
    return oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: this.callbackUrl(),
      scope: 'openid email profile',
      state,
      nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
    });
  }

  /** The provider sent the browser back with `query`: the session, or the challenge of an account with two-factor on. */
  async finish(query: URLSearchParams, device: SessionDevice): Promise<ProviderSignInOutcome> {
    const state = query.get('state') ?? '';
    const pending = state && state.length <= 200 ? await takeProviderSignIn(this.dataSource, hashSessionToken(state)) : undefined;
    if (!pending) throw new PlatformError('SSO_STATE_INVALID', 'This sign-in was not started here, was used already or took too long. Start it again.');
    const provider = await identityProviderById(this.dataSource, pending.providerId);
    if (!provider?.enabled) throw new PlatformError('SSO_PROVIDER_UNKNOWN', 'That sign-in provider is not offered here any more.');
    const configuration = await this.reach(provider);
    let claims: Record<string, unknown>;
    try {
      const tokens = await oidc.authorizationCodeGrant(configuration, new URL(`${this.callbackUrl()}?${query}`), {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      claims = tokens.claims() ?? {};
    } catch (error) {
      logger.warn(`Sign-in through ${provider.slug} refused: ${(error as Error).message}`);
      throw new PlatformError('SSO_FAILED', `${provider.displayName} did not complete the sign-in. Start it again, or sign in with your password.`);
    }
    const userId = await this.linkAccount(providerIdentity(claims, provider), provider);
    const secondFactorChallenge = await this.challenges.openIfNeeded(userId);
    if (secondFactorChallenge) return { secondFactorChallenge };
    return { token: await this.auth.startSession(userId, device) };
  }

  private async reach(provider: IdentityProviderRow) {
    try {
      return await this.configurations.of(provider);
    } catch (error) {
      logger.warn(`Provider ${provider.slug} cannot be reached: ${(error as Error).message}`);
      throw new PlatformError('SSO_FAILED', `${provider.displayName} cannot be reached right now. Try again later, or sign in with your password.`);
    }
  }

  /** The account of the address, made on first sign-in; the provider vouched for the address, so it counts as confirmed. */
  private linkAccount(identity: ProviderIdentity, provider: IdentityProviderRow): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const by = { provider: provider.slug };
      let account = await findAccountToSignIn(manager, identity.email);
      if (!account) {
        const roles = [...new Set(['LEARNER' as const, ...identity.roles])];
        // No password: the account signs in through the provider (or sets a password by a reset).
        const created = await createAccount(manager, { email: identity.email, name: identity.name, passwordHash: '', roles, confirmed: true });
        if (created) await this.audit.record(manager, { actorId: null, action: 'USER_CREATED_BY_SINGLE_SIGN_ON', subjectUserId: created, details: { ...by, roles } });
        account = await findAccountToSignIn(manager, identity.email);
        if (!account) throw new Error(`The account of ${identity.email} vanished while it was linked.`);
        return account.id;
      }
      if (account.emailConfirmedAt === null) await confirmAccountEmail(manager, account.id);
      const granted = identity.roles.filter((role) => !account.roles.includes(role));
      if (granted.length > 0) {
        const roles = [...account.roles, ...granted];
        await setAccountRoles(manager, account.id, roles);
        await this.audit.record(manager, { actorId: null, action: 'USER_ROLES_CHANGED', subjectUserId: account.id, details: { ...by, from: account.roles, to: roles } });
      }
      return account.id;
    });
  }
}
