import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../auth/policy.decorators';
import type { RequestContext } from '../common/request-context';
import { LtiPlatformsService } from './lti-platforms.service';
import { LtiPlatformInput } from './lti.inputs';
import { LtiPlatform, LtiToolConfiguration } from './lti.types';

@Resolver()
export class LtiPlatformsResolver {
  constructor(private readonly platforms: LtiPlatformsService) {}

  @Query(() => [LtiPlatform], { description: 'The LMS platforms the tool is registered with.' })
  @Roles('ADMIN')
  ltiPlatforms() {
    return this.platforms.all();
  }

  @Query(() => LtiToolConfiguration, { description: 'The addresses an LMS admin enters to register this tool.' })
  @Roles('ADMIN')
  ltiToolConfiguration() {
    return this.platforms.toolConfiguration();
  }

  @Mutation(() => LtiPlatform, { description: 'Registers an LMS, or changes a registration (by id); audited.' })
  @Roles('ADMIN')
  async saveLtiPlatform(@Args('input') input: LtiPlatformInput, @Context() context: RequestContext) {
    return this.platforms.save((await context.viewer())!, input);
  }

  @Mutation(() => Boolean, { description: 'Removes a registration; launches from it are refused from then on. False when it was gone.' })
  @Roles('ADMIN')
  async removeLtiPlatform(@Args('id', { type: () => ID }) id: string, @Context() context: RequestContext) {
    return this.platforms.remove((await context.viewer())!, id);
  }
}
