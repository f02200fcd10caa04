import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/policy.decorators';
import { setSessionCookie } from '../auth/session-cookie';
import { deviceOf } from '../auth/session-device';
import type { RequestContext } from '../common/request-context';
import { SignInArgs } from './account.inputs';
import { AuthPayload } from './auth-payload.types';
import { SignInService } from './sign-in.service';
import { User } from './users.types';

@Resolver()
export class SignInResolver {
  constructor(private readonly signIns: SignInService) {}

  @Query(() => User, { nullable: true, description: 'The signed-in account; null when anonymous.' })
  @Public()
  async me(@Context() context: RequestContext) {
    const viewer = await context.viewer();
    if (!viewer) return null;
    const { sessionId: _, ...user } = viewer;
    return user;
  }

  @Mutation(() => AuthPayload)
  @Public()
  async signIn(@Args() { email, password }: SignInArgs, @Context() context: RequestContext) {
    const session = await this.signIns.signIn(email, password, deviceOf(context.req));
    if ('secondFactorChallenge' in session) return { ...session, token: null, user: null, confirmationRequired: false };
    setSessionCookie(context.req, context.res, session.token);
    return { ...session, confirmationRequired: false, secondFactorChallenge: null };
  }
}
