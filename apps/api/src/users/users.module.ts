import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { MailModule } from '../mail/mail.module';
import { RateLimitsModule } from '../rate-limits/rate-limits.module';
import { SecondFactorSignInResolver } from './second-factor-sign-in.resolver';
import { SignInLimits } from './sign-in-limits';
import { SignInResolver } from './sign-in.resolver';
import { SignInService } from './sign-in.service';
import { SignUpResolver } from './sign-up.resolver';
import { SignUpService } from './sign-up.service';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';

@Module({
  imports: [AuditModule, AuthModule, MailModule, RateLimitsModule],
  providers: [UsersService, UsersResolver, SignInService, SignInLimits, SignInResolver, SecondFactorSignInResolver, SignUpService, SignUpResolver],
})
export class UsersModule {}
