import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { recordLearningEvent } from '../progress/learning-events.records';
import { AuditService } from '../audit/audit.service';
import { publishedTermsOf } from '../catalog/published-courses.records';
import { passedQuizVersions } from '../attempts/passed-quizzes.records';
import { PlatformError } from '../common/errors';
import { isUuid } from '../common/pagination';
import { lifeOf, type CourseLife } from '../course-reviews/course-life';
import { courseTerminated, isTerminationRefusal } from '../course-reviews/termination';
import { newCertificateCode } from './certificate-code';
import { CertificateMailService } from './certificate-mail.service';
import {
  certificateIssuedWithKey,
  findCertificate,
  holdsActiveCertificate,
  insertCertificate,
  learnerFacts,
  supersedeExpired,
  type CertificateRecord,
} from './certificate-records';
import { describeIneligibility, eligibilityOf, type CertificateDates, type EligibilityFacts } from './eligibility';
import type { PublishedTerms } from './published-course';
import { StatusListsService } from './status-lists.service';

interface LearnerInCourse extends EligibilityFacts, PublishedTerms {
  userId: string;
  holderName: string;
  now: Date;
  life: CourseLife;
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
    if (learner.life.terminated) throw courseTerminated(learner.courseTitle, 'certificates');
    if (!learner.life.lastReviewId && !order.actorId) {
      throw new PlatformError('NOT_ELIGIBLE', `Nobody has signed off version ${learner.version} of ${learner.courseTitle}; an admin must approve each certificate.`);
    }
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
    await recordLearningEvent(manager, {
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
   * For a completed course, or an accepted attestation, in the caller's transaction: issues when
   * the course's policy is AUTOMATIC, a reviewer has signed off the version, it has not terminated
   * and the learner is eligible, and otherwise returns null without failing, so the caller's
   * transaction carries on either way.
   */
  async issueIfAutomatic(manager: EntityManager, userId: string, courseId: string): Promise<CertificateRecord | null> {
    const learner = await this.learnerInCourse(manager, userId, courseId);
    if (!learner || learner.policy.issue !== 'AUTOMATIC' || !eligibilityOf(learner, learner.now).eligible) return null;
    if (learner.life.terminated || !learner.life.lastReviewId) return null;
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
    const earlier = await certificateIssuedWithKey(this.dataSource, { ...order, actorId: order.actorId, idempotencyKey: order.idempotencyKey });
    return earlier ? findCertificate(this.dataSource, earlier) : null;
  }

  private async insert(manager: EntityManager, learner: LearnerInCourse, order: IssueOrder, overrideReason: string | null) {
    await supersedeExpired(manager, learner.userId, learner.courseId);
    const quizVersions = await passedQuizVersions(manager, learner.userId, learner.courseId);
    for (let draw = 0; draw < DRAWS; draw++) {
      const entry = await this.statusLists.drawEntry(manager);
      const inserted = await insertCertificate(manager, {
        code: newCertificateCode(),
        userId: learner.userId,
        courseId: learner.courseId,
        courseVersionId: learner.versionId,
        courseReviewId: learner.life.lastReviewId,
        quizVersions: JSON.stringify(quizVersions.map(({ title, version }) => ({ title, version }))),
        holderName: learner.holderName,
        courseTitle: learner.courseTitle,
        creditHours: learner.creditHours,
        statusListId: entry.listId,
        statusIndex: entry.index,
        validityMonths: learner.policy.validityMonths,
        issuedBy: order.actorId,
        issueKey: order.idempotencyKey ?? null,
        overrideReason,
      }).catch((error: unknown) => {
        throw isTerminationRefusal(error) ? courseTerminated(learner.courseTitle, 'certificates') : error;
      });
      if (inserted) return (await findCertificate(manager, inserted))!;
      if (await holdsActiveCertificate(manager, learner.userId, learner.courseId)) throw alreadyCertified(learner);
    }
    throw new Error(`No free certificate code and status entry after ${DRAWS} draws.`);
  }

  private async learnerInCourse(manager: EntityManager, userId: string, courseId: string): Promise<LearnerInCourse | null> {
    if (!isUuid(userId)) return null;
    const terms = await publishedTermsOf(manager, { id: courseId });
    if (!terms) return null;
    const facts = await learnerFacts(manager, userId, courseId);
    if (!facts) return null;
    const life = (await lifeOf(manager, [terms.versionId])).get(terms.versionId)!;
    const certificates = facts.certificates.map(
      (dates): CertificateDates => ({
        revokedAt: dates.revokedAt ? new Date(dates.revokedAt) : null,
        expiresAt: dates.expiresAt ? new Date(dates.expiresAt) : null,
      }),
    );
    return { ...terms, ...facts, userId, certificates, life };
  }
}

function alreadyCertified(learner: LearnerInCourse): PlatformError {
  return new PlatformError('ALREADY_CERTIFIED', `${learner.holderName} already holds a valid certificate for ${learner.courseTitle}.`);
}
