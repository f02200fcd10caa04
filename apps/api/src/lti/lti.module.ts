import { Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { urlencoded } from 'express';
import { AttemptsModule } from '../attempts/attempts.module';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { ProgressModule } from '../progress/progress.module';
import { RateLimitsModule } from '../rate-limits/rate-limits.module';
import { TwoFactorModule } from '../two-factor/two-factor.module';
import { DeepLinkingService } from './deep-linking.service';
import { LaunchTargets } from './launch-targets';
import { LtiAccounts } from './lti-accounts';
import { LtiLaunchService } from './lti-launch.service';
import { LtiPlatformsResolver } from './lti-platforms.resolver';
import { LtiPlatformsService } from './lti-platforms.service';
import { LtiScoresService } from './lti-scores.service';
import { LtiController } from './lti.controller';
import { PlatformAccessTokens } from './platform-access-tokens';
import { PlatformKeys } from './platform-keys';
import { ToolKeyService } from './tool-key.service';

/** LTI 1.3 with deep linking and grades back to the LMS: see the README, "LTI 1.3". */
@Module({
  imports: [AttemptsModule, AuditModule, AuthModule, ProgressModule, RateLimitsModule, TwoFactorModule],
  controllers: [LtiController],
  providers: [
    DeepLinkingService,
    LaunchTargets,
    LtiAccounts,
    LtiLaunchService,
    LtiPlatformsResolver,
    LtiPlatformsService,
    LtiScoresService,
    PlatformAccessTokens,
    PlatformKeys,
    ToolKeyService,
  ],
})
export class LtiModule implements NestModule {
  /** The LMS posts its forms (login, launch) and the placement page posts its choice; nothing else here reads a body. */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(urlencoded({ extended: false, limit: '64kb', parameterLimit: 20 })).forRoutes(LtiController);
  }
}
