import { Module } from '@nestjs/common';
import { ActivityModule } from '../activity/activity.module';
import { ReportsController } from './reports.controller';
import { ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';

@Module({ imports: [ActivityModule], controllers: [ReportsController], providers: [ReportsService, ReportsResolver] })
export class ReportsModule {}
