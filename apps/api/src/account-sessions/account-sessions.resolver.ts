import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { SignedIn } from '../auth/policy.decorators';
import { clearSessionCookie } from '../auth/session-cookie';
import type { RequestContext } from '../common/request-context';
import { AccountSession, EndSessionArgs } from './account-sessions.types';
import { AccountSessionsService } from './account-sessions.service';

@Resolver()
export class AccountSessionsResolver {
  constructor(private readonly sessions: AccountSessionsService) {}

  @Query(() => [AccountSession], { description: 'The signed-in account’s live sessions, the most recently used first.' })
  @SignedIn()
  async mySessions(@Context() context: RequestContext) {
    return this.sessions.sessionsOf((await context.viewer())!);
  }

  @Mutation(() => Boolean, { description: 'Ends one of the signed-in account’s sessions, on whatever device it is.' })
  @SignedIn()
  async endSession(@Args() { sessionId }: EndSessionArgs, @Context() context: RequestContext) {
    const viewer = (await context.viewer())!;
    await this.sessions.endSession(viewer, sessionId);
    if (sessionId === viewer.sessionId) clearSessionCookie(context.req, context.res);
    return true;
  }
}
