import { Args, ArgsType, Context, Field, Mutation, Resolver } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { Public } from '../auth/policy.decorators';
import { setSessionCookie } from '../auth/session-cookie';
import { deviceOf } from '../auth/session-device';
import type { RequestContext } from '../common/request-context';
import { SignInChallengesService } from '../two-factor/sign-in-challenges.service';
import { AuthPayload } from './auth-payload.types';

@ArgsType()
class CompleteSignInArgs {
  @Field({ description: 'The secondFactorChallenge that signIn answered.' })
  @IsString()
  @MaxLength(200)
  challenge: string;

  @Field({ description: 'Six digits from the authenticator app, or one of the recovery codes.' })
  @IsString()
  @MaxLength(40)
  code: string;
}

@Resolver()
export class SecondFactorSignInResolver {
  constructor(private readonly challenges: SignInChallengesService) {}

  @Mutation(() => AuthPayload, { description: 'The second step of signing in with two-factor on: the challenge from signIn and a code start the session.' })
  @Public()
  async completeSignIn(@Args() { challenge, code }: CompleteSignInArgs, @Context() context: RequestContext) {
    const session = await this.challenges.complete(challenge, code, deviceOf(context.req));
    setSessionCookie(context.req, context.res, session.token);
    return { ...session, confirmationRequired: false, secondFactorChallenge: null };
  }
}
