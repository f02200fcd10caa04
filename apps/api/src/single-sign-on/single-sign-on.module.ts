import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { RateLimitsModule } from '../rate-limits/rate-limits.module';
import { IdentityProvidersResolver } from './identity-providers.resolver';
import { IdentityProvidersService } from './identity-providers.service';
import { OidcConfigurations } from './oidc-configurations';
import { SingleSignOnController } from './single-sign-on.controller';
import { SingleSignOnService } from './single-sign-on.service';

@Module({
  imports: [AuditModule, AuthModule, RateLimitsModule],
  controllers: [SingleSignOnController],
  providers: [OidcConfigurations, SingleSignOnService, IdentityProvidersService, IdentityProvidersResolver],
})
export class SingleSignOnModule {}
