import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles, SignedIn } from '../auth/policy.decorators';
import type { RequestContext } from '../common/request-context';
import { CreditProfile, CreditProfileInput, CreditProfileOfArgs } from './credit-profile.types';
import { CreditProfilesService } from './credit-profiles.service';

@Resolver(() => CreditProfile)
export class CreditProfilesResolver {
  constructor(private readonly profiles: CreditProfilesService) {}

  @Query(() => CreditProfile, { description: "The signed-in learner's own credit profile; empty until first saved." })
  @SignedIn()
  async myCreditProfile(@Context() context: RequestContext): Promise<CreditProfile> {
    return this.profiles.ownProfile((await context.viewer())!);
  }

  @Mutation(() => CreditProfile, { description: "Saves the signed-in learner's whole credit profile; bad values are refused with field errors and nothing changes." })
  @SignedIn()
  async updateCreditProfile(@Args('input') input: CreditProfileInput, @Context() context: RequestContext): Promise<CreditProfile> {
    return this.profiles.update((await context.viewer())!, input);
  }

  @Query(() => CreditProfile, { description: "A learner's credit profile, for admins; every read is written to the audit log." })
  @Roles('ADMIN')
  async creditProfile(@Args() { userId }: CreditProfileOfArgs, @Context() context: RequestContext): Promise<CreditProfile> {
    return this.profiles.profileForAdmin((await context.viewer())!, userId);
  }
}
