import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Viewer } from '../auth/viewer';
import { publishedTermsOf } from '../catalog/published-courses.records';
import { PlatformError } from '../common/errors';
import { isUuid } from '../common/pagination';
import { JobQueue } from '../jobs/job-queue.service';
import { existingAccountIds } from '../auth/account-records';
import { batchProgress, claimBatchLearner, finishBatch, insertBatch, pendingLearners, recordOutcome, startBatch } from './batch-records';
import { CertificateIssuingService } from './certificate-issuing.service';
import { CertificateBatchStatus, type CertificateBatch } from './certificates.types';
import { publishedCourseId } from './published-course';

interface BatchJob {
  batchId: string;
}

const BATCH_QUEUE = 'certificate-batch';
/** Learners issued side by side; each issue is its own short transaction. */
const PARALLEL_ISSUES = 4;
const PAGE = 100;

/**
 * Bulk issuing. The batch and one row per learner are written with the job in one transaction;
 * the job then issues learner by learner, recording each outcome in the same transaction as the
 * certificate. A job retried after a crash skips the learners already done, and the database's
 * one-active-certificate index means no learner is ever certified twice.
 */
@Injectable()
export class CertificateBatchesService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly issuing: CertificateIssuingService,
    private readonly audit: AuditService,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.work<BatchJob>(BATCH_QUEUE, (job) => this.run(job.batchId));
  }

  async request(admin: Viewer, userIds: string[], courseSlug: string): Promise<CertificateBatch> {
    const learners = [...new Set(userIds)];
    const courseId = await publishedCourseId(this.dataSource, courseSlug);
    const known = await existingAccountIds(this.dataSource, learners.filter(isUuid));
    if (known.length !== learners.length) {
      const unknown = learners.length - known.length;
      throw new PlatformError('BAD_USER_INPUT', `${unknown} of the chosen learners ${unknown === 1 ? 'has' : 'have'} no account; nothing was issued.`);
    }
    const batchId = await this.dataSource.transaction(async (manager) => {
      const batchId = await insertBatch(manager, courseId, admin.id, learners);
      await this.audit.record(manager, {
        actorId: admin.id,
        action: 'CERTIFICATE_BATCH_REQUESTED',
        details: { batchId, courseSlug, learners: learners.length },
      });
      await this.jobs.sendWithin(manager, BATCH_QUEUE, { batchId } satisfies BatchJob);
      return batchId;
    });
    this.jobs.wake(BATCH_QUEUE);
    return (await this.find(batchId))!;
  }

  async find(batchId: string): Promise<CertificateBatch | null> {
    if (!isUuid(batchId)) return null;
    const batch = await batchProgress(this.dataSource, batchId);
    const course = batch && (await publishedTermsOf(this.dataSource, { id: batch.courseId }));
    if (!batch || !course) return null;
    const { startedAt, courseId: _, ...counts } = batch;
    const status = batch.finishedAt ? CertificateBatchStatus.COMPLETE : startedAt ? CertificateBatchStatus.RUNNING : CertificateBatchStatus.QUEUED;
    return { ...counts, courseTitle: course.courseTitle, status };
  }

  async run(batchId: string): Promise<void> {
    const batch = await startBatch(this.dataSource, batchId);
    if (!batch) return;
    for (;;) {
      const pending = await pendingLearners(this.dataSource, batchId, PAGE);
      if (pending.length === 0) break;
      for (let start = 0; start < pending.length; start += PARALLEL_ISSUES) {
        await Promise.all(pending.slice(start, start + PARALLEL_ISSUES).map((userId) => this.issueOne(batchId, batch, userId)));
      }
    }
    await finishBatch(this.dataSource, batchId);
  }

  private async issueOne(batchId: string, batch: { courseId: string; adminId: string }, userId: string): Promise<void> {
    try {
      await this.dataSource.transaction(async (manager) => {
        if (!(await claimBatchLearner(manager, batchId, userId))) return;
        const certificate = await this.issuing.issueWithin(manager, { userId, courseId: batch.courseId, actorId: batch.adminId });
        await recordOutcome(manager, batchId, userId, { outcome: 'ISSUED', detail: null, certificateId: certificate.id });
      });
    } catch (error) {
      const refused = error instanceof PlatformError && ['NOT_ELIGIBLE', 'ALREADY_CERTIFIED'].includes(String(error.extensions.code));
      await recordOutcome(this.dataSource, batchId, userId, { outcome: refused ? 'SKIPPED' : 'FAILED', detail: (error as Error).message, certificateId: null });
    }
  }
}
