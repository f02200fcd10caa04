import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ActivityModule } from '../activity/activity.module';
import { EvaluationsModule } from '../evaluations/evaluations.module';
import { ReportsController } from './reports.controller';
import { ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';

@Module({ imports: [ActivityModule, AuditModule, EvaluationsModule], controllers: [ReportsController], providers: [ReportsService, ReportsResolver] })
export class ReportsModule {}
