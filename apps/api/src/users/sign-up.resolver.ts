import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/policy.decorators';
import { setSessionCookie } from '../auth/session-cookie';
import { deviceOf } from '../auth/session-device';
import type { RequestContext } from '../common/request-context';
import { ConfirmEmailArgs, ResendConfirmationArgs, SignUpInput } from './account.inputs';
import { AuthPayload } from './auth-payload.types';
import { SignUpService } from './sign-up.service';

const CONFIRMATION_SENT: AuthPayload = { token: null, user: null, confirmationRequired: true };

@Resolver()
export class SignUpResolver {
  constructor(private readonly signUps: SignUpService) {}

  @Mutation(() => AuthPayload, {
    description:
      'Creates a learner account that can be used once its email address is confirmed. Answers the same for a registered address, whose owner is told by email instead.',
  })
  @Public()
  async signUp(@Args('input') input: SignUpInput, @Context() context: RequestContext) {
    await this.signUps.signUp(input, context.req.ip ?? 'unknown');
    return CONFIRMATION_SENT;
  }

  @Mutation(() => AuthPayload, { description: 'Confirms an address with the token from its link, once, and signs in.' })
  @Public()
  async confirmEmail(@Args() { token }: ConfirmEmailArgs, @Context() context: RequestContext) {
    const session = await this.signUps.confirmEmail(token, deviceOf(context.req));
    setSessionCookie(context.req, context.res, session.token);
    return { ...session, confirmationRequired: false };
  }

  @Mutation(() => Boolean, { description: 'Sends a new confirmation link if the address waits for one; answers true for any address.' })
  @Public()
  async resendConfirmation(@Args() { email }: ResendConfirmationArgs, @Context() context: RequestContext) {
    await this.signUps.resendConfirmation(email, context.req.ip ?? 'unknown');
    return true;
  }
}
