import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { EvaluationsModule } from '../evaluations/evaluations.module';
import { CreditReportsController } from './credit-reports.controller';
import { CreditReportsResolver } from './credit-reports.resolver';
import { CreditReportsService } from './credit-reports.service';

@Module({ imports: [AuditModule, EvaluationsModule], controllers: [CreditReportsController], providers: [CreditReportsService, CreditReportsResolver] })
export class CreditReportsModule {}
