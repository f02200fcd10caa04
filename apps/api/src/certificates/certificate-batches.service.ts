import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Viewer } from '../auth/viewer';
import { PlatformError } from '../common/errors';
import { isUuid } from '../common/pagination';
import { JobQueue } from '../jobs/job-queue.service';
import { CertificateIssuingService } from './certificate-issuing.service';
import { publishedCourseId } from './certificate-records';
import { CertificateBatchStatus, type CertificateBatch } from './certificates.types';

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
    const known: { id: string }[] = await this.dataSource.query(`SELECT id FROM app_user WHERE id = ANY($1::uuid[])`, [
      learners.filter(isUuid),
    ]);
    if (known.length !== learners.length) {
      const unknown = learners.length - known.length;
      throw new PlatformError('BAD_USER_INPUT', `${unknown} of the chosen learners ${unknown === 1 ? 'has' : 'have'} no account; nothing was issued.`);
    }
    const batchId = await this.dataSource.transaction(async (manager) => {
      const [batch] = await manager.query(`INSERT INTO certificate_batch (course_id, requested_by) VALUES ($1, $2) RETURNING id`, [courseId, admin.id]);
      await manager.query(`INSERT INTO certificate_batch_learner (batch_id, user_id) SELECT $1, unnest($2::uuid[])`, [batch.id, learners]);
      await this.audit.record(manager, {
        actorId: admin.id,
        action: 'CERTIFICATE_BATCH_REQUESTED',
        details: { batchId: batch.id, courseSlug, learners: learners.length },
      });
      await this.jobs.sendWithin(manager, BATCH_QUEUE, { batchId: batch.id } satisfies BatchJob);
      return batch.id as string;
    });
    this.jobs.wake(BATCH_QUEUE);
    return (await this.find(batchId))!;
  }

  async find(batchId: string): Promise<CertificateBatch | null> {
    if (!isUuid(batchId)) return null;
    const [batch] = await this.dataSource.query(
      `SELECT b.id, v.title AS "courseTitle", b.created_at AS "createdAt", b.started_at AS "startedAt", b.finished_at AS "finishedAt",
              count(*)::int AS total,
              count(*) FILTER (WHERE l.outcome = 'ISSUED')::int AS issued,
              count(*) FILTER (WHERE l.outcome = 'SKIPPED')::int AS skipped,
              count(*) FILTER (WHERE l.outcome = 'FAILED')::int AS failed
         FROM certificate_batch b
         JOIN course c ON c.id = b.course_id
         JOIN course_version v ON v.id = c.published_version_id
         JOIN certificate_batch_learner l ON l.batch_id = b.id
        WHERE b.id = $1
        GROUP BY b.id, v.title`,
      [batchId],
    );
    if (!batch) return null;
    const { startedAt, ...counts } = batch;
    const status = batch.finishedAt ? CertificateBatchStatus.COMPLETE : startedAt ? CertificateBatchStatus.RUNNING : CertificateBatchStatus.QUEUED;
    return { ...counts, status };
  }

  async run(batchId: string): Promise<void> {
    const [batch] = await this.dataSource.query(
      `UPDATE certificate_batch SET started_at = coalesce(started_at, now()) WHERE id = $1 RETURNING course_id AS "courseId", requested_by AS "adminId"`,
      [batchId],
    ).then(([rows]) => rows);
    if (!batch) return;
    for (;;) {
      const pending: { userId: string }[] = await this.dataSource.query(
        `SELECT user_id AS "userId" FROM certificate_batch_learner WHERE batch_id = $1 AND outcome IS NULL LIMIT $2`,
        [batchId, PAGE],
      );
      if (pending.length === 0) break;
      for (let start = 0; start < pending.length; start += PARALLEL_ISSUES) {
        await Promise.all(pending.slice(start, start + PARALLEL_ISSUES).map(({ userId }) => this.issueOne(batchId, batch, userId)));
      }
    }
    await this.dataSource.query(`UPDATE certificate_batch SET finished_at = now() WHERE id = $1 AND finished_at IS NULL`, [batchId]);
  }

  private async issueOne(batchId: string, batch: { courseId: string; adminId: string }, userId: string): Promise<void> {
    try {
      await this.dataSource.transaction(async (manager) => {
        const [claimed] = await manager.query(
          `SELECT 1 FROM certificate_batch_learner WHERE batch_id = $1 AND user_id = $2 AND outcome IS NULL FOR UPDATE SKIP LOCKED`,
          [batchId, userId],
        );
        if (!claimed) return;
        const certificate = await this.issuing.issueWithin(manager, { userId, courseId: batch.courseId, actorId: batch.adminId });
        await this.recordOutcome(manager, batchId, userId, 'ISSUED', null, certificate.id);
      });
    } catch (error) {
      const refused = error instanceof PlatformError && ['NOT_ELIGIBLE', 'ALREADY_CERTIFIED'].includes(String(error.extensions.code));
      await this.recordOutcome(this.dataSource, batchId, userId, refused ? 'SKIPPED' : 'FAILED', (error as Error).message, null);
    }
  }

  private async recordOutcome(
    db: Pick<DataSource, 'query'>,
    batchId: string,
    userId: string,
    outcome: 'ISSUED' | 'SKIPPED' | 'FAILED',
    detail: string | null,
    certificateId: string | null,
  ): Promise<void> {
    await db.query(
      `UPDATE certificate_batch_learner SET outcome = $3, detail = $4, certificate_id = $5, processed_at = now()
        WHERE batch_id = $1 AND user_id = $2 AND outcome IS NULL`,
      [batchId, userId, outcome, detail, certificateId],
    );
  }
}
