import { Context, Int, Mutation, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../common/request-context';
import { AuthService } from './auth.service';
import { SignedIn } from './policy.decorators';
import { clearSessionCookie } from './session-cookie';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

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
