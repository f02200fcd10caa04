import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CreditProfilesResolver } from './credit-profiles.resolver';
import { CreditProfilesService } from './credit-profiles.service';

@Module({
  imports: [AuditModule],
  providers: [CreditProfilesService, CreditProfilesResolver],
})
export class CreditProfilesModule {}
