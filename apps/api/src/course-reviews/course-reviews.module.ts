import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { MailModule } from '../mail/mail.module';
import { CourseLifeResolver } from './course-life.resolver';
import { CourseReviewRemindersService } from './course-review-reminders.service';
import { CourseReviewsResolver } from './course-reviews.resolver';
import { CourseReviewsService } from './course-reviews.service';

@Module({
  imports: [AuditModule, MailModule],
  providers: [CourseReviewsService, CourseReviewsResolver, CourseLifeResolver, CourseReviewRemindersService],
  exports: [CourseReviewsService],
})
export class CourseReviewsModule {}
