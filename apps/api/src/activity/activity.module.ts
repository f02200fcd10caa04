import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ActivityResolver } from './activity.resolver';
import { ActivityService } from './activity.service';

@Module({ imports: [AuditModule], providers: [ActivityService, ActivityResolver], exports: [ActivityService] })
export class ActivityModule {}
