import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Viewer } from '../auth/viewer';
import { findCourseVersion } from '../catalog/published-courses.records';
import { PlatformError } from '../common/errors';
import type { CourseReviewDue, CourseVersionReview } from './course-review.types';
import { findReview, insertReview, publishedVersionsDue, reviewsOfVersion } from './course-reviews.records';

const DAY_MS = 24 * 60 * 60 * 1000;
const LONGEST_SIGN_OFF_MS = 3 * 365 * DAY_MS;

@Injectable()
export class CourseReviewsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Signs off a version as the reviewer saw it; audited, and never edited afterwards. */
  signOff(reviewer: Viewer, order: { versionId: string; contentHash: string; note: string; terminatesAt?: Date | null }): Promise<CourseVersionReview> {
    const note = order.note.trim();
    if (note.length < 10) throw new PlatformError('BAD_USER_INPUT', 'Say in at least 10 characters what you checked.');
    const terminatesAt = order.terminatesAt ?? null;
    if (terminatesAt && (terminatesAt.getTime() <= Date.now() || terminatesAt.getTime() > Date.now() + LONGEST_SIGN_OFF_MS)) {
      throw new PlatformError('BAD_USER_INPUT', 'A termination date must be in the future and at most three years away.');
    }
    return this.dataSource.transaction(async (manager) => {
      const version = await findCourseVersion(manager, order.versionId);
      if (!version) throw new PlatformError('NOT_FOUND', 'No course version has that id.');
      if (version.contentHash !== order.contentHash) {
        throw new PlatformError('BAD_USER_INPUT', 'The version you reviewed is not this content: its hash differs. Reload and review it again.');
      }
      const reviewId = await insertReview(manager, { versionId: version.id, contentHash: version.contentHash, reviewerId: reviewer.id, note, terminatesAt });
      const review = (await findReview(manager, reviewId))!;
      await this.audit.record(manager, {
        actorId: reviewer.id,
        action: 'COURSE_VERSION_SIGNED_OFF',
        details: { versionId: version.id, courseTitle: version.title, version: version.version, contentHash: version.contentHash, terminatesAt: review.terminatesAt },
      });
      return review;
    });
  }

  reviewsOf(versionId: string): Promise<CourseVersionReview[]> {
    return reviewsOfVersion(this.dataSource, versionId);
  }

  async dueForReview(withinDays: number): Promise<CourseReviewDue[]> {
    const due = await publishedVersionsDue(this.dataSource, withinDays);
    return due.map(({ title, terminatesAt, now, ...version }) => ({
      ...version,
      courseTitle: title,
      terminatesAt,
      daysLeft: terminatesAt ? Math.ceil((terminatesAt.getTime() - now.getTime()) / DAY_MS) : null,
    }));
  }
}
