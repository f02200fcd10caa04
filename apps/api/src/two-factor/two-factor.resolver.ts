import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles, SignedIn } from '../auth/policy.decorators';
import type { RequestContext } from '../common/request-context';
import { ResetTwoFactorArgs, TwoFactorCodeArgs } from './two-factor.inputs';
import { RecoveryCodes, TwoFactorSetup, TwoFactorStatus } from './two-factor.types';
import { TwoFactorSetupService } from './two-factor-setup.service';

@Resolver()
export class TwoFactorResolver {
  constructor(private readonly setup: TwoFactorSetupService) {}

  @Query(() => TwoFactorStatus)
  @SignedIn()
  async myTwoFactor(@Context() context: RequestContext) {
    return this.setup.status((await context.viewer())!);
  }

  @Mutation(() => TwoFactorSetup, { description: 'A new secret for an authenticator app, in place of one not yet confirmed.' })
  @SignedIn()
  async startTwoFactorSetup(@Context() context: RequestContext) {
    return this.setup.begin((await context.viewer())!);
  }

  @Mutation(() => RecoveryCodes, { description: 'Turns two-factor on with a first code from the app; answers the recovery codes, shown this once.' })
  @SignedIn()
  async confirmTwoFactorSetup(@Args() { code }: TwoFactorCodeArgs, @Context() context: RequestContext) {
    return { codes: await this.setup.confirm((await context.viewer())!, code) };
  }

  @Mutation(() => RecoveryCodes, { description: 'New recovery codes, for a current code from the app; the old ones stop working.' })
  @SignedIn()
  async replaceRecoveryCodes(@Args() { code }: TwoFactorCodeArgs, @Context() context: RequestContext) {
    return { codes: await this.setup.newRecoveryCodes((await context.viewer())!, code) };
  }

  @Mutation(() => Boolean, { description: 'Turns two-factor off, for a code from the app or a recovery code.' })
  @SignedIn()
  async turnOffTwoFactor(@Args() { code }: TwoFactorCodeArgs, @Context() context: RequestContext) {
    await this.setup.turnOff((await context.viewer())!, code);
    return true;
  }

  @Mutation(() => Boolean, { description: "Another account's lost device: turns its two-factor off so it can set it up again; audited. False when it was off." })
  @Roles('ADMIN')
  async resetTwoFactor(@Args() { userId }: ResetTwoFactorArgs, @Context() context: RequestContext) {
    return this.setup.reset((await context.viewer())!, userId);
  }
}
