import { Args, Context, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../common/request-context';
import { User } from '../users/users.types';
import { SignInArgs } from './auth.inputs';
import { AuthService } from './auth.service';
import { AuthPayload } from './auth.types';
import { Public, SignedIn } from './policy.decorators';
import { clearSessionCookie, setSessionCookie } from './session-cookie';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

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
    const session = await this.auth.signIn(email, password, context.req.ip ?? 'unknown');
    setSessionCookie(context.req, context.res, session.token);
    return { ...session, confirmationRequired: false };
  }

  @Mutation(() => Boolean, { description: 'Ends this session.' })
  @SignedIn()
  async signOut(@Context() context: RequestContext) {
    await this.auth.signOut((await context.viewer())!.sessionId);
    clearSessionCookie(context.req, context.res);
    return true;
  }

  @Mutation(() => Int, { description: 'Ends every session of this account; returns how many were ended.' })
  @SignedIn()
  async signOutEverywhere(@Context() context: RequestContext) {
    const revoked = await this.auth.signOutEverywhere((await context.viewer())!.id);
    clearSessionCookie(context.req, context.res);
    return revoked;
  }
}
