import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JobQueue } from '../jobs/job-queue.service';
import { COURSE_COMPLETED, type CourseCompleted } from '../progress/course-events';
import { CertificateIssuingService } from './certificate-issuing.service';

/**
 * Issues the certificate a completed course earns when its policy is automatic, within seconds
 * of the completion, from the course.completed job progress sends as it records it. The job is
 * tried again after a failure and may reach two processes; issuing checks eligibility first and the
 * database allows one active certificate per learner and course, so it is issued once.
 */
@Injectable()
export class AutomaticCertificatesService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly issuing: CertificateIssuingService,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.work<CourseCompleted>(COURSE_COMPLETED, (completion) => this.issueFor(completion), { batchSize: 10 });
  }

  async issueFor({ userId, courseId }: CourseCompleted): Promise<void> {
    await this.dataSource.transaction((manager) => this.issuing.issueIfAutomatic(manager, userId, courseId));
  }
}
