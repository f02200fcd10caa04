import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { MailModule } from '../mail/mail.module';
import { RateLimitsModule } from '../rate-limits/rate-limits.module';
import { CurrentPasswordCheck } from '../users/current-password-check';
import { EmailChangesResolver } from './email-changes.resolver';
import { EmailChangesService } from './email-changes.service';

@Module({
  imports: [AuditModule, MailModule, RateLimitsModule],
  providers: [CurrentPasswordCheck, EmailChangesService, EmailChangesResolver],
})
export class EmailChangesModule {}
