import { Module } from '@nestjs/common';
import { AttemptsModule } from '../attempts/attempts.module';
import { DisclosureAcknowledgementsResolver } from './disclosure-acknowledgements.resolver';
import { DisclosureAcknowledgementsService } from './disclosure-acknowledgements.service';
import { EnrollmentResolver, LessonProgressResolver, MyProgressResolver, NextStepResolver, ProgressResolver } from './progress.resolver';
import { ProgressService } from './progress.service';

/** Progress follows attempts as they start and are graded; completing a course is announced as course.completed. */
@Module({
  imports: [AttemptsModule],
  providers: [
    ProgressService,
    ProgressResolver,
    MyProgressResolver,
    EnrollmentResolver,
    LessonProgressResolver,
    NextStepResolver,
    DisclosureAcknowledgementsService,
    DisclosureAcknowledgementsResolver,
  ],
  exports: [ProgressService],
})
export class ProgressModule {}
