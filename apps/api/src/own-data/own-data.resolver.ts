import { Args, ArgsType, Context, Field, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { SignedIn } from '../auth/policy.decorators';
import { clearSessionCookie } from '../auth/session-cookie';
import { GraphQLJSONObject } from '../common/json.scalar';
import type { RequestContext } from '../common/request-context';
import { OwnDataService } from './own-data.service';

@ArgsType()
class DeleteMyAccountArgs {
  @Field({ description: 'The account’s current password: a session alone cannot delete the account.' })
  @IsString()
  @MaxLength(200)
  currentPassword: string;
}

@Resolver()
export class OwnDataResolver {
  constructor(private readonly ownData: OwnDataService) {}

  @Query(() => GraphQLJSONObject, {
    description:
      'Everything the platform holds about the signed-in account, as one JSON document: profile, sessions, credit profile, enrolments, progress, attempts with answers, evaluations, credit claims, credits from elsewhere, certificates, acknowledgements and audit entries.',
  })
  @SignedIn()
  async myData(@Context() context: RequestContext) {
    return this.ownData.exportFor((await context.viewer())!);
  }

  @Mutation(() => Boolean, {
    description: 'Deletes the signed-in account: personal data is removed, every session ends; issued certificates stay verifiable and the audit log is kept.',
  })
  @SignedIn()
  async deleteMyAccount(@Args() { currentPassword }: DeleteMyAccountArgs, @Context() context: RequestContext) {
    await this.ownData.deleteAccount((await context.viewer())!, currentPassword);
    clearSessionCookie(context.req, context.res);
    return true;
  }
}
