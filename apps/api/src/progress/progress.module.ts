import { Module } from '@nestjs/common';
import { ActivityModule } from '../activity/activity.module';
import { CertificatesModule } from '../certificates/certificates.module';
import { EnrollmentResolver, LessonProgressResolver, MyProgressResolver, NextStepResolver, ProgressResolver } from './progress.resolver';
import { ProgressService } from './progress.service';

@Module({
  imports: [ActivityModule, CertificatesModule],
  providers: [ProgressService, ProgressResolver, MyProgressResolver, EnrollmentResolver, LessonProgressResolver, NextStepResolver],
  exports: [ProgressService],
})
export class ProgressModule {}
