import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { MailModule } from '../mail/mail.module';
import { RateLimitsModule } from '../rate-limits/rate-limits.module';
import { PasswordResetsResolver } from './password-resets.resolver';
import { PasswordResetsService } from './password-resets.service';

@Module({
  imports: [AuditModule, AuthModule, MailModule, RateLimitsModule],
  providers: [PasswordResetsService, PasswordResetsResolver],
})
export class PasswordResetsModule {}
