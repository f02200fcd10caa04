import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Public, SignedIn } from '../auth/policy.decorators';
import type { RequestContext } from '../common/request-context';
import { ChangeEmailArgs, ConfirmEmailChangeArgs } from './email-change.inputs';
import { EmailChangesService } from './email-changes.service';

@Resolver()
export class EmailChangesResolver {
  constructor(private readonly emailChanges: EmailChangesService) {}

  @Mutation(() => Boolean, {
    description: 'Sends a link to the new address; the account moves there once it is followed, and the old address is told. Needs the current password.',
  })
  @SignedIn()
  async changeEmail(@Args() { newEmail, currentPassword }: ChangeEmailArgs, @Context() context: RequestContext) {
    await this.emailChanges.changeEmail((await context.viewer())!, newEmail, currentPassword);
    return true;
  }

  @Mutation(() => String, { description: 'Moves the account to the address the link was sent to, once; answers that address.' })
  @Public()
  confirmEmailChange(@Args() { token }: ConfirmEmailChangeArgs) {
    return this.emailChanges.confirmEmailChange(token);
  }
}
