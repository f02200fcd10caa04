import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../auth/policy.decorators';
import { MailService } from './mail.service';
import { OutboxArgs, OutboxMessage } from './mail.types';

@Resolver()
export class MailResolver {
  constructor(private readonly mail: MailService) {}

  @Query(() => [OutboxMessage], { description: 'Messages written to DATA_DIR/outbox while no SMTP server is set, newest first.' })
  @Roles('ADMIN')
  outbox(@Args() { first }: OutboxArgs) {
    return this.mail.outbox(first);
  }
}
