import { Injectable } from '@nestjs/common';
import type { CertificatePolicy } from '@ptp/content';
import { DataSource, type EntityManager } from 'typeorm';
import { ActivityService } from '../activity/activity.service';
import { AuditService } from '../audit/audit.service';
import { PlatformError } from '../common/errors';
import { isUuid } from '../common/pagination';
import { newCertificateCode } from './certificate-code';
import { CertificateMailService } from './certificate-mail.service';
import { findCertificate, type CertificateRecord } from './certificate-records';
import { describeIneligibility, eligibilityOf, type CertificateDates, type EligibilityFacts } from './eligibility';
import { StatusListsService } from './status-lists.service';

interface LearnerInCourse extends EligibilityFacts {
  userId: string;
  holderName: string;
  courseId: string;
  versionId: string;
  courseTitle: string;
  creditHours: number;
  policy: CertificatePolicy;
  now: Date;
}

export interface IssueOrder {
  userId: string;
  courseId: string;
  /** The admin issuing; null when the platform issues on completion. */
  actorId: string | null;
  overrideReason?: string | null;
  /** Sent again with a retried request, it gets the certificate the first one issued. */
  idempotencyKey?: string | null;
}

/** Code and status entry are drawn at random; a clash with a concurrent issue just means drawing again. */
const DRAWS = 5;

@Injectable()
export class CertificateIssuingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly statusLists: StatusListsService,
    private readonly audit: AuditService,
    private readonly activity: ActivityService,
    private readonly mail: CertificateMailService,
  ) {}

  async issue(order: IssueOrder): Promise<CertificateRecord> {
    const repeated = await this.issuedBefore(order);
    if (repeated) return repeated;
    try {
      return await this.dataSource.transaction((manager) => this.issueWithin(manager, order));
    } catch (error) {
      // The same request racing itself: the copy that lost gets what the winner issued.
      const winner = error instanceof PlatformError && error.extensions.code === 'ALREADY_CERTIFIED' ? await this.issuedBefore(order) : null;
      if (winner) return winner;
      throw error;
    }
  }

  /**
   * Refuses a learner who is not eligible (NOT_ELIGIBLE) unless the order carries an override
   * reason, and a learner who holds a valid certificate (ALREADY_CERTIFIED) whatever the reason.
   */
  async issueWithin(manager: EntityManager, order: IssueOrder): Promise<CertificateRecord> {
    const learner = await this.learnerInCourse(manager, order.userId, order.courseId);
    if (!learner) throw new PlatformError('NOT_FOUND', 'No account has that id.');
    const { reasons } = eligibilityOf(learner, learner.now);
    if (reasons.includes('ALREADY_CERTIFIED')) throw alreadyCertified(learner);
    if (reasons.length > 0 && !order.overrideReason) {
      throw new PlatformError(
        'NOT_ELIGIBLE',
        `${learner.holderName} ${describeIneligibility(reasons)}. To issue anyway, give an override reason.`,
        { reasons },
      );
    }
    const overrideReason = reasons.length > 0 ? order.overrideReason! : null;
    const certificate = await this.insert(manager, learner, order, overrideReason);
    await this.audit.record(manager, {
      actorId: order.actorId,
      action: overrideReason ? 'CERTIFICATE_ISSUED_BY_OVERRIDE' : 'CERTIFICATE_ISSUED',
      subjectUserId: learner.userId,
      details: {
        certificateId: certificate.id,
        code: certificate.code,
        courseSlug: certificate.courseSlug,
        ...(overrideReason ? { overrideReason, overridden: reasons } : {}),
      },
    });
    await this.activity.record(manager, {
      learnerId: learner.userId,
      verb: 'ISSUED',
      objectType: 'CERTIFICATE',
      objectId: certificate.id,
      objectName: certificate.courseTitle,
      courseId: certificate.courseId,
    });
    await this.mail.queueIssued(manager, certificate.id);
    return certificate;
  }

  /**
   * For progress to call in the transaction that completes a course (or accepts its attestation):
   * issues when the course's policy is AUTOMATIC and the learner is eligible, and otherwise
   * returns null without failing, so the caller's transaction carries on either way.
   */
  async issueIfAutomatic(manager: EntityManager, userId: string, courseId: string): Promise<CertificateRecord | null> {
    const learner = await this.learnerInCourse(manager, userId, courseId);
    if (!learner || learner.policy.issue !== 'AUTOMATIC' || !eligibilityOf(learner, learner.now).eligible) return null;
    try {
      return await this.issueWithin(manager, { userId, courseId, actorId: null });
    } catch (error) {
      // A concurrent issue won; the learner is certified either way.
      if (error instanceof PlatformError && error.extensions.code === 'ALREADY_CERTIFIED') return null;
      throw error;
    }
  }

  private async issuedBefore(order: IssueOrder): Promise<CertificateRecord | null> {
    if (!order.idempotencyKey || !order.actorId || !isUuid(order.userId)) return null;
    const [earlier] = await this.dataSource.query(
      `SELECT id FROM certificate WHERE issued_by = $1 AND issue_key = $2 AND user_id = $3 AND course_id = $4`,
      [order.actorId, order.idempotencyKey, order.userId, order.courseId],
    );
    return earlier ? findCertificate(this.dataSource, earlier.id) : null;
  }

  /**
   * ON CONFLICT DO NOTHING rather than catching a unique violation: a failed statement would
   * abort the caller's transaction, and `issueIfAutomatic` runs inside someone else's.
   */
  private async insert(manager: EntityManager, learner: LearnerInCourse, order: IssueOrder, overrideReason: string | null) {
    // Recertification: the expired certificate steps aside so the new one can be the active one.
    await manager.query(
      `UPDATE certificate SET superseded_at = now()
        WHERE user_id = $1 AND course_id = $2 AND revoked_at IS NULL AND superseded_at IS NULL AND expires_at <= now()`,
      [learner.userId, learner.courseId],
    );
    for (let draw = 0; draw < DRAWS; draw++) {
      const entry = await this.statusLists.drawEntry(manager);
      const [inserted] = await manager.query(
        `INSERT INTO certificate (code, user_id, course_id, course_version_id, holder_name, course_title, credit_hours,
                                  status_list_id, status_index, expires_at, issued_by, issue_key, override_reason)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, date_trunc('second', now()) + make_interval(months => $10), $11, $12, $13)
         ON CONFLICT DO NOTHING
         RETURNING id`,
        [
          newCertificateCode(),
          learner.userId,
          learner.courseId,
          learner.versionId,
          learner.holderName,
          learner.courseTitle,
          learner.creditHours,
          entry.listId,
          entry.index,
          learner.policy.validityMonths,
          order.actorId,
          order.idempotencyKey ?? null,
          overrideReason,
        ],
      );
      if (inserted) return (await findCertificate(manager, inserted.id))!;
      const [active] = await manager.query(
        `SELECT 1 FROM certificate WHERE user_id = $1 AND course_id = $2 AND revoked_at IS NULL AND superseded_at IS NULL`,
        [learner.userId, learner.courseId],
      );
      if (active) throw alreadyCertified(learner);
    }
    throw new Error(`No free certificate code and status entry after ${DRAWS} draws.`);
  }

  private async learnerInCourse(manager: EntityManager, userId: string, courseId: string): Promise<LearnerInCourse | null> {
    if (!isUuid(userId)) return null;
    const [row] = await manager.query(
      `SELECT u.id AS "userId", u.name AS "holderName", c.id AS "courseId", v.id AS "versionId", v.title AS "courseTitle",
              v.credit_hours::float8 AS "creditHours", v.certificate_policy AS policy, now() AS now,
              EXISTS (SELECT 1 FROM enrolment e WHERE e.user_id = u.id AND e.course_id = c.id AND e.status = 'COMPLETE') AS "courseComplete",
              a.accepted_at AS "attestationAcceptedAt",
              coalesce((SELECT json_agg(json_build_object('revokedAt', x.revoked_at, 'expiresAt', x.expires_at))
                          FROM certificate x WHERE x.user_id = u.id AND x.course_id = c.id AND x.superseded_at IS NULL), '[]') AS certificates
         FROM app_user u
        CROSS JOIN course c
         JOIN course_version v ON v.id = c.published_version_id
         LEFT JOIN certificate_attestation a ON a.user_id = u.id AND a.course_id = c.id
        WHERE u.id = $1 AND c.id = $2`,
      [userId, courseId],
    );
    if (!row) return null;
    const certificates = (row.certificates as { revokedAt: string | null; expiresAt: string | null }[]).map(
      (dates): CertificateDates => ({
        revokedAt: dates.revokedAt ? new Date(dates.revokedAt) : null,
        expiresAt: dates.expiresAt ? new Date(dates.expiresAt) : null,
      }),
    );
    return { ...row, certificates };
  }
}

function alreadyCertified(learner: LearnerInCourse): PlatformError {
  return new PlatformError('ALREADY_CERTIFIED', `${learner.holderName} already holds a valid certificate for ${learner.courseTitle}.`);
}
