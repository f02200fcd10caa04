import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { RateLimitsModule } from '../rate-limits/rate-limits.module';
import { CurrentPasswordCheck } from '../users/current-password-check';
import { OwnDataResolver } from './own-data.resolver';
import { OwnDataService } from './own-data.service';

@Module({
  imports: [AuditModule, RateLimitsModule],
  providers: [CurrentPasswordCheck, OwnDataService, OwnDataResolver],
})
export class OwnDataModule {}
