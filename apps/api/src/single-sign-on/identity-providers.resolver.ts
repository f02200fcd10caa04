import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public, Roles } from '../auth/policy.decorators';
import type { RequestContext } from '../common/request-context';
import { IdentityProvidersService } from './identity-providers.service';
import { IdentityProviderInput } from './single-sign-on.inputs';
import { IdentityProvider, SignInProvider } from './single-sign-on.types';

@Resolver()
export class IdentityProvidersResolver {
  constructor(private readonly providers: IdentityProvidersService) {}

  @Query(() => [SignInProvider], { description: 'The providers the sign-in page offers.' })
  @Public()
  signInProviders() {
    return this.providers.offered();
  }

  @Query(() => [IdentityProvider])
  @Roles('ADMIN')
  identityProviders() {
    return this.providers.all();
  }

  @Mutation(() => IdentityProvider, { description: 'Adds a provider, or changes one (by id); audited.' })
  @Roles('ADMIN')
  async saveIdentityProvider(@Args('input') input: IdentityProviderInput, @Context() context: RequestContext) {
    return this.providers.save((await context.viewer())!, input);
  }

  @Mutation(() => Boolean, { description: 'Removes a provider; its people keep their accounts and sign in with a password or another provider. False when it was gone.' })
  @Roles('ADMIN')
  async removeIdentityProvider(@Args('id', { type: () => ID }) id: string, @Context() context: RequestContext) {
    return this.providers.remove((await context.viewer())!, id);
  }
}
