import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Viewer } from '../auth/viewer';
import { PlatformError } from '../common/errors';
import { isUuid } from '../common/pagination';
import { clearOpenFlag, flagById, flagsOfPublishedCourse, isOnPublishedVersion, openFlagsOfQuiz, type ShownFlag } from './citation-flags.records';
import { type CitationReview, CitedKindName, CitingKindName, ClearedInName } from './citation-reviews.types';

const flagNotFound = () => new PlatformError('NOT_FOUND', 'There is no flagged citation with that id.');

/** Lessons and questions flagged because a passage or reference they cite changed, and their clearance by a reviewer. */
@Injectable()
export class CitationReviewsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The flags of the course's published version, open ones first; none for an unknown course. */
  async ofCourse(courseSlug: string): Promise<CitationReview[]> {
    return (await flagsOfPublishedCourse(this.dataSource, courseSlug)).map(asCitationReview);
  }

  /** The open flags of a quiz's questions, as its course is published. */
  async openOfQuiz(quiz: { id: string; slug: string }): Promise<CitationReview[]> {
    return (await openFlagsOfQuiz(this.dataSource, quiz)).map(asCitationReview);
  }

  /**
   * A reviewer confirms the lesson or question still holds against what it now cites. Once only:
   * a clearance is a record, which the database also refuses to change.
   */
  async clear(reviewer: Viewer, flagId: string, note: string): Promise<CitationReview> {
    const written = note.trim();
    if (written.length < 10 || written.length > 2000) {
      const reason = 'Say in 10 to 2000 characters what you checked.';
      throw new PlatformError('BAD_USER_INPUT', reason, { fields: { note: reason } });
    }
    if (!isUuid(flagId)) throw flagNotFound();
    return this.dataSource.transaction(async (manager) => {
      const flag = await flagById(manager, flagId);
      if (!flag) throw flagNotFound();
      if (!flag.clearedAt && !(await isOnPublishedVersion(manager, flagId))) {
        throw new PlatformError('BAD_USER_INPUT', `This flag is on version ${flag.courseVersion}, which a newer version replaced: clear the published version's flag.`);
      }
      // The open-only update settles two reviewers clearing at once: the second finds it cleared.
      const cleared = flag.clearedAt ? undefined : await clearOpenFlag(manager, flagId, { clearedIn: 'PLATFORM', clearedById: reviewer.id, clearedByName: null, clearanceNote: written });
      if (!cleared) {
        const done = (await flagById(manager, flagId))!;
        throw new PlatformError('BAD_USER_INPUT', `${done.clearedBy} already cleared this on ${done.clearedAt!.toISOString().slice(0, 10)}; a clearance is not redone or edited.`);
      }
      const review = asCitationReview((await flagById(manager, flagId))!);
      await this.audit.record(manager, {
        actorId: reviewer.id,
        action: 'CITATION_REVIEW_CLEARED',
        details: {
          citationReviewId: review.id,
          courseSlug: review.courseSlug,
          courseVersion: review.courseVersion,
          citing: review.lessonSlug ? `lesson ${review.lessonSlug}` : `question ${review.quizSlug}/${review.questionKey}`,
          cited: `${review.citedKind.toLowerCase()} ${review.citedKey}`,
          note: written,
        },
      });
      return review;
    });
  }
}

function asCitationReview(flag: ShownFlag): CitationReview {
  const lesson = flag.citingKind === 'LESSON';
  return {
    id: flag.id,
    courseSlug: flag.courseSlug,
    courseVersion: flag.courseVersion,
    citingKind: CitingKindName[flag.citingKind],
    lessonSlug: lesson ? flag.citingSlug : null,
    quizSlug: lesson ? null : flag.citingSlug,
    questionKey: flag.questionKey,
    citedKind: CitedKindName[flag.citedKind],
    citedKey: flag.citedKey,
    reviewedText: flag.reviewedText,
    currentText: flag.currentText,
    flaggedAt: flag.flaggedAt,
    clearance:
      flag.clearedAt && flag.clearedIn && flag.clearedBy && flag.clearanceNote
        ? { clearedAt: flag.clearedAt, clearedBy: flag.clearedBy, clearedIn: ClearedInName[flag.clearedIn], note: flag.clearanceNote }
        : null,
  };
}
