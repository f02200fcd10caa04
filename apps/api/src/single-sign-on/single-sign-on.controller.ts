import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../auth/policy.decorators';
import { setSessionCookie } from '../auth/session-cookie';
import { deviceOf } from '../auth/session-device';
import { PlatformError } from '../common/errors';
import { SingleSignOnService } from './single-sign-on.service';

/** Where the sign-in page lands after a refusal; the page says what went wrong from the code. */
const SIGN_IN_PAGE = '/sign-in';

/**
 * Browser redirects, not GraphQL: the sign-in page links to /auth/sso/<slug>, the provider sends
 * the browser back to the callback. A refusal goes back to the sign-in page with its error code.
 */
@Controller('auth/sso')
export class SingleSignOnController {
  constructor(private readonly singleSignOn: SingleSignOnService) {}

  @Get('callback')
  @Public()
  async callback(@Req() request: Request, @Res() response: Response): Promise<void> {
    await answerWithRedirect(response, async () => {
      const outcome = await this.singleSignOn.finish(new URL(request.originalUrl, 'http://callback').searchParams, deviceOf(request));
      if ('secondFactorChallenge' in outcome) return `${SIGN_IN_PAGE}?${new URLSearchParams({ challenge: outcome.secondFactorChallenge })}`;
      setSessionCookie(request, response, outcome.token);
      return '/';
    });
  }

  @Get(':slug')
  @Public()
  async start(@Param('slug') slug: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    await answerWithRedirect(response, async () => (await this.singleSignOn.begin(slug, request.ip ?? 'unknown')).href);
  }
}

async function answerWithRedirect(response: Response, destination: () => Promise<string>): Promise<void> {
  response.setHeader('Cache-Control', 'no-store');
  try {
    response.redirect(303, await destination());
  } catch (error) {
    if (!(error instanceof PlatformError)) throw error;
    response.redirect(303, `${SIGN_IN_PAGE}?${new URLSearchParams({ 'sso-error': String(error.extensions.code) })}`);
  }
}
