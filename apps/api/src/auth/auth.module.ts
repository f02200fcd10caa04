import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { MailModule } from '../mail/mail.module';
import { RateLimitsModule } from '../rate-limits/rate-limits.module';
import { AccessGuard } from './access.guard';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { SignInLimits } from './sign-in-limits';
import { SignUpResolver } from './sign-up.resolver';
import { SignUpService } from './sign-up.service';

@Module({
  imports: [RateLimitsModule, MailModule],
  providers: [AuthService, AuthResolver, SignInLimits, SignUpService, SignUpResolver, { provide: APP_GUARD, useClass: AccessGuard }],
})
export class AuthModule {}
