import { Global, Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { TwoFactorCheck } from '../auth/two-factor-requirement';
import { RateLimitsModule } from '../rate-limits/rate-limits.module';
import { SignInChallengesService } from './sign-in-challenges.service';
import { TwoFactorCodes } from './two-factor-codes';
import { TwoFactorSetupService } from './two-factor-setup.service';
import { TwoFactorCheckService } from './two-factor-check.service';
import { TwoFactorResolver } from './two-factor.resolver';

/** Global so that the access guard, in auth below it, finds TwoFactorCheck. */
@Global()
@Module({
  imports: [AuditModule, AuthModule, RateLimitsModule],
  providers: [TwoFactorCodes, TwoFactorSetupService, SignInChallengesService, TwoFactorResolver, { provide: TwoFactorCheck, useClass: TwoFactorCheckService }],
  exports: [TwoFactorCheck, SignInChallengesService],
})
export class TwoFactorModule {}
