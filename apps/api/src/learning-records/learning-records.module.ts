import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { LearningRecordStoreService } from './learning-record-store.service';
import { LearningRecordsResolver } from './learning-records.resolver';
import { StatementDeliveryService } from './statement-delivery.service';

/** xAPI statements of learning events, sent to the LRS an admin configures. */
@Module({
  imports: [AuditModule],
  providers: [LearningRecordStoreService, StatementDeliveryService, LearningRecordsResolver],
  exports: [StatementDeliveryService],
})
export class LearningRecordsModule {}
