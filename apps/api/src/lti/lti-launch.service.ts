import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { hashSessionToken } from '../auth/session-token';
import { ProgressService } from '../progress/progress.service';
import { RateLimitService } from '../rate-limits/rate-limit.service';
import { LtiAccounts } from './lti-accounts';
import { mayPlaceContent, readLaunch, type DeepLinkingLaunch, type ResourceLaunch } from './launch-claims';
import { insertDeepLinking, insertLtiLogin, ltiLoginByState, takeLtiLogin } from './lti-launch-records';
import { ltiPlatformById, ltiPlatformsOfIssuer } from './lti-platform-records';
import { LtiPlatformsService } from './lti-platforms.service';
import { LtiRefusal } from './lti-refusal';
import { LaunchTargets } from './launch-targets';
import { PlatformKeys } from './platform-keys';
import { saveScoreTarget } from './lti-score-records';

/** From the login the platform starts to the launch it posts: the time to pass its authentication step. */
const LOGIN_LIFETIME_SECONDS = 10 * 60;
const DEEP_LINKING_LIFETIME_SECONDS = 60 * 60;
// A class launching together from one hospital network shares an address.
const LOGINS_PER_ADDRESS = 300;
const WINDOW_SECONDS = 15 * 60;

export interface LoginInitiation {
  iss?: string;
  login_hint?: string;
  target_link_uri?: string;
  lti_message_hint?: string;
  client_id?: string;
  lti_deployment_id?: string;
}

/** Who was launched and where they go next. */
export interface LaunchOutcome {
  userId: string;
  destination: string;
}

/**
 * LTI 1.3's third-party initiated login and launch (1EdTech LTI Core 1.3 and the
 * Security Framework's OIDC flow): the platform starts a login, the tool answers with an
 * authentication request carrying a fresh state and nonce, and the platform posts a signed id
 * token back to the launch URL. The login is kept in the database (any API process may get the
 * launch) and taken once.
 */
@Injectable()
export class LtiLaunchService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly platforms: LtiPlatformsService,
    private readonly keys: PlatformKeys,
    private readonly accounts: LtiAccounts,
    private readonly targets: LaunchTargets,
    private readonly progress: ProgressService,
    private readonly rateLimits: RateLimitService,
  ) {}

  launchUrl(): string {
    return this.platforms.toolConfiguration().launchUrl;
  }

  /** The platform's authentication request to send the browser to, and the state to bind to it. */
  async login(initiation: LoginInitiation, address: string): Promise<{ redirect: URL; state: string }> {
    await this.rateLimits.consume(
      { key: `lti-login:address:${address}`, limit: LOGINS_PER_ADDRESS, windowSeconds: WINDOW_SECONDS },
      'Too many LMS launches were started from this address.',
    );
    const { iss, login_hint: loginHint, target_link_uri: targetLinkUri } = initiation;
    if (!iss || !loginHint || !targetLinkUri) throw new LtiRefusal('LTI_MESSAGE_INVALID', 'A login needs iss, login_hint and target_link_uri.', 400);
    const registered = (await ltiPlatformsOfIssuer(this.dataSource, iss)).filter((platform) => !initiation.client_id || platform.clientId === initiation.client_id);
    // Without a client id, an issuer registered under several cannot say which registration it means.
    if (registered.length !== 1) throw new LtiRefusal('LTI_PLATFORM_UNKNOWN', 'This LMS is not registered with the tool. Ask an admin of the training platform to register it.');
    const [platform] = registered;
    if (initiation.lti_deployment_id && !platform.deploymentIds.includes(initiation.lti_deployment_id)) {
      throw new LtiRefusal('LTI_DEPLOYMENT_UNKNOWN', 'This deployment of the LMS is not registered with the tool. Ask an admin to add its deployment id.');
    }
    const state = randomBytes(32).toString('base64url');
    const nonce = randomBytes(32).toString('base64url');
    await insertLtiLogin(this.dataSource, { platformId: platform.id, stateHash: hashSessionToken(state), nonce }, LOGIN_LIFETIME_SECONDS);
    const redirect = new URL(platform.loginUrl);
    const parameters = {
      scope: 'openid',
      response_type: 'id_token',
      response_mode: 'form_post',
      prompt: 'none',
      client_id: platform.clientId,
      redirect_uri: this.launchUrl(),
      login_hint: loginHint,
      state,
      nonce,
      ...(initiation.lti_message_hint ? { lti_message_hint: initiation.lti_message_hint } : {}),
    };
    for (const [name, value] of Object.entries(parameters)) redirect.searchParams.set(name, value);
    return { redirect, state };
  }

  /**
   * Checks the launch in the order that names each refusal best, all before anything is written:
   * the state this browser was given, the login it belongs to, the token's signature and claims,
   * the nonce, then the target. The login is taken in the transaction that links and records, so
   * two posts of one launch make one.
   */
  async launch(form: { state?: string; id_token?: string }, browserState: string | undefined): Promise<LaunchOutcome> {
    const state = form.state ?? '';
    if (!state || state.length > 200 || state !== browserState) {
      throw new LtiRefusal('LTI_STATE_INVALID', 'This launch was not started in this browser. Open the link in the LMS again.');
    }
    const login = await ltiLoginByState(this.dataSource, hashSessionToken(state));
    if (!login) throw new LtiRefusal('LTI_STATE_INVALID', 'This launch was not started here. Open the link in the LMS again.');
    if (login.used) throw new LtiRefusal('LTI_TOKEN_REPLAYED', 'This launch was used already. Open the link in the LMS again.');
    if (login.expired) throw new LtiRefusal('LTI_STATE_INVALID', 'This launch took too long. Open the link in the LMS again.');
    const platform = await ltiPlatformById(this.dataSource, login.platformId);
    if (!platform) throw new LtiRefusal('LTI_PLATFORM_UNKNOWN', 'This LMS is no longer registered with the tool.');
    const claims = await this.keys.verify(form.id_token ?? '', platform);
    if (claims.nonce !== login.nonce) throw new LtiRefusal('LTI_NONCE_INVALID', 'The id token was not issued for this launch.');
    const message = readLaunch(claims, platform);
    if (message.kind === 'deep-linking') return this.deepLinking(login.id, platform.id, message);
    return this.resourceLaunch(login.id, platform.id, message);
  }

  private async resourceLaunch(loginId: string, platformId: string, message: ResourceLaunch): Promise<LaunchOutcome> {
    const target = await this.targets.resolve(message);
    const userId = await this.dataSource.transaction(async (manager) => {
      await this.take(manager, loginId);
      const userId = await this.accounts.linked(manager, platformId, message);
      if (message.lineItemUrl) {
        await saveScoreTarget(manager, {
          platformId,
          resourceLinkId: message.resourceLinkId,
          userId,
          subject: message.subject,
          courseId: target.courseId,
          quizId: target.quizId,
          lineItemUrl: message.lineItemUrl,
        });
      }
      return userId;
    });
    await this.progress.enroll(userId, target.courseSlug);
    return { userId, destination: target.path };
  }

  private async deepLinking(loginId: string, platformId: string, message: DeepLinkingLaunch): Promise<LaunchOutcome> {
    if (!mayPlaceContent(message.roles)) {
      throw new LtiRefusal('LTI_DEEP_LINKING_INVALID', 'Only instructors and course designers of the LMS may place courses and quizzes.', 400);
    }
    return this.dataSource.transaction(async (manager) => {
      await this.take(manager, loginId);
      const userId = await this.accounts.linked(manager, platformId, message);
      const request = { platformId, userId, deploymentId: message.deploymentId, returnUrl: message.returnUrl, data: message.data };
      const id = await insertDeepLinking(manager, request, DEEP_LINKING_LIFETIME_SECONDS);
      return { userId, destination: `/lti/deep-linking/${id}` };
    });
  }

  private async take(manager: Parameters<typeof takeLtiLogin>[0], loginId: string): Promise<void> {
    if (!(await takeLtiLogin(manager, loginId))) throw new LtiRefusal('LTI_TOKEN_REPLAYED', 'This launch was used already. Open the link in the LMS again.');
  }
}
