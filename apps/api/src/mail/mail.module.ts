import { Module } from '@nestjs/common';
import { MailResolver } from './mail.resolver';
import { MailService } from './mail.service';

/** Email for every feature: certificates tell holders, accounts confirm addresses. */
@Module({
  providers: [MailService, MailResolver],
  exports: [MailService],
})
export class MailModule {}
