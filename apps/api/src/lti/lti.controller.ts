import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { Public, SignedIn } from '../auth/policy.decorators';
import { setSessionCookie } from '../auth/session-cookie';
import { deviceOf } from '../auth/session-device';
import type { Viewer } from '../auth/viewer';
import { AuthService } from '../auth/auth.service';
import { PlatformError } from '../common/errors';
import { SignInChallengesService } from '../two-factor/sign-in-challenges.service';
import { DeepLinkingService } from './deep-linking.service';
import { LtiLaunchService, type LoginInitiation } from './lti-launch.service';
import { sendAutoPostPage, sendPlacementPage, sendRefusalPage } from './lti-pages';
import { LtiRefusal } from './lti-refusal';
import { ToolKeyService } from './tool-key.service';

const STATE_COOKIE = 'ptp_lti_state';
const STATE_COOKIE_MS = 10 * 60 * 1000;

/**
 * The tool's LTI 1.3 endpoints. The launch arrives as a cross-site POST from the LMS's page, so
 * the cookie binding a login's state to this browser is SameSite=None (and so Secure: browsers
 * treat http://localhost as secure); the session cookie the launch sets is the platform's usual
 * SameSite=Lax one, which a top-level navigation (the LMS opening the tool in a window) may set
 * and the redirect after it sends. One state cookie per login, so two launches at once in one
 * browser do not undo each other.
 */
@Controller('lti')
export class LtiController {
  constructor(
    private readonly launches: LtiLaunchService,
    private readonly deepLinking: DeepLinkingService,
    private readonly toolKey: ToolKeyService,
    private readonly auth: AuthService,
    private readonly challenges: SignInChallengesService,
  ) {}

  @Get('jwks')
  @Public()
  async jwks(@Res() response: Response): Promise<void> {
    response.setHeader('Cache-Control', 'public, max-age=300');
    response.json(await this.toolKey.keySet());
  }

  @Get('login')
  @Public()
  loginByLink(@Query() query: LoginInitiation, @Req() request: Request, @Res() response: Response): Promise<void> {
    return this.login(query, request, response);
  }

  @Post('login')
  @Public()
  loginByForm(@Body() body: LoginInitiation, @Req() request: Request, @Res() response: Response): Promise<void> {
    return this.login(body ?? {}, request, response);
  }

  @Post('launch')
  @Public()
  async launch(@Body() body: { state?: string; id_token?: string }, @Req() request: Request, @Res() response: Response): Promise<void> {
    await answer(response, async () => {
      const state = typeof body?.state === 'string' ? body.state : undefined;
      const outcome = await this.launches.launch({ state, id_token: typeof body?.id_token === 'string' ? body.id_token : undefined }, state && request.cookies?.[stateCookieOf(state)]);
      if (state) response.clearCookie(stateCookieOf(state), stateCookieOptions());
      const challenge = await this.challenges.openIfNeeded(outcome.userId);
      if (challenge) return redirectTo(response, `/sign-in?${new URLSearchParams({ challenge, next: outcome.destination })}`);
      setSessionCookie(request, response, await this.auth.startSession(outcome.userId, deviceOf(request)));
      redirectTo(response, outcome.destination);
    });
  }

  @Get('deep-linking/:id')
  @SignedIn()
  async placement(@Param('id') id: string, @CurrentViewer() viewer: Viewer, @Res() response: Response): Promise<void> {
    await answer(response, async () => sendPlacementPage(response, `/lti/deep-linking/${encodeURIComponent(id)}`, await this.deepLinking.choices(id, viewer.id)));
  }

  @Post('deep-linking/:id')
  @SignedIn()
  async place(@Param('id') id: string, @Body() body: { content?: string }, @CurrentViewer() viewer: Viewer, @Res() response: Response): Promise<void> {
    await answer(response, async () => {
      const { returnUrl, jwt } = await this.deepLinking.answer(id, viewer.id, typeof body?.content === 'string' ? body.content : '');
      sendAutoPostPage(response, returnUrl, { JWT: jwt });
    });
  }

  private async login(initiation: LoginInitiation, request: Request, response: Response): Promise<void> {
    await answer(response, async () => {
      const fields = Object.fromEntries(Object.entries(initiation).filter(([, value]) => typeof value === 'string')) as LoginInitiation;
      const { redirect, state } = await this.launches.login(fields, request.ip ?? 'unknown');
      response.cookie(stateCookieOf(state), state, { ...stateCookieOptions(), maxAge: STATE_COOKIE_MS });
      redirectTo(response, redirect.href);
    });
  }
}

function stateCookieOf(state: string): string {
  return `${STATE_COOKIE}_${state.slice(0, 16).replace(/[^\w-]/g, '')}`;
}

function stateCookieOptions() {
  return { httpOnly: true, secure: true, sameSite: 'none' as const, path: '/lti' };
}

function redirectTo(response: Response, location: string): void {
  response.setHeader('Cache-Control', 'no-store');
  response.redirect(303, location);
}

/** A refusal is a page saying what went wrong, with the code to quote. */
async function answer(response: Response, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (error instanceof LtiRefusal) return sendRefusalPage(response, error.status, error.code, error.message);
    if (error instanceof PlatformError) return sendRefusalPage(response, error.extensions.code === 'RATE_LIMITED' ? 429 : 400, String(error.extensions.code), error.message);
    throw error;
  }
}
