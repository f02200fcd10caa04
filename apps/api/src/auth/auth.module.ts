import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { RateLimitsModule } from '../rate-limits/rate-limits.module';
import { AccessGuard } from './access.guard';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';

@Module({
  imports: [RateLimitsModule],
  providers: [AuthService, AuthResolver, { provide: APP_GUARD, useClass: AccessGuard }],
})
export class AuthModule {}
