import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/policy.decorators';
import { setSessionCookie } from '../auth/session-cookie';
import { deviceOf } from '../auth/session-device';
import type { RequestContext } from '../common/request-context';
import { AuthPayload } from '../users/auth-payload.types';
import { RequestPasswordResetArgs, ResetPasswordArgs } from './password-reset.inputs';
import { PasswordResetsService } from './password-resets.service';

@Resolver()
export class PasswordResetsResolver {
  constructor(private readonly resets: PasswordResetsService) {}

  @Mutation(() => Boolean, {
    description: 'Mails a single-use link to choose a new password, valid for 30 minutes, if the address has an account; answers true for any address.',
  })
  @Public()
  async requestPasswordReset(@Args() { email }: RequestPasswordResetArgs, @Context() context: RequestContext) {
    await this.resets.requestReset(email, context.req.ip ?? 'unknown');
    return true;
  }

  @Mutation(() => AuthPayload, { description: 'Sets a new password with the token from a reset link, once; ends every other session and signs in (with two-factor on: answers secondFactorChallenge for completeSignIn).' })
  @Public()
  async resetPassword(@Args() { token, password }: ResetPasswordArgs, @Context() context: RequestContext) {
    const session = await this.resets.resetPassword(token, password, deviceOf(context.req));
    if ('secondFactorChallenge' in session) return { ...session, token: null, user: null, confirmationRequired: false };
    setSessionCookie(context.req, context.res, session.token);
    return { ...session, confirmationRequired: false, secondFactorChallenge: null };
  }
}
