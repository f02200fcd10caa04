import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { PlatformError } from '../common/errors';
import { decodeCursor, isUuid, toConnection, type Connection } from '../common/pagination';
import { CertificateIssuingService } from './certificate-issuing.service';
import { acceptAttestation, eligibleLearnersOf } from './attestation-records';
import { publishedCourseId, publishedTermsBySlug } from './published-course';
import type { Attestation, EligibleLearner } from './certificates.types';

@Injectable()
export class EligibilityService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly issuing: CertificateIssuingService,
  ) {}

  /**
   * Records that the learner accepts the course's attestation, in the words it has now; when the
   * words `shown` to the learner are given, only if they are still those. Accepting again renews
   * the date. A learner who already completed an automatically certified course is issued the
   * certificate in the same transaction: accepting is the last step they were missing.
   */
  async accept(viewer: Viewer, courseSlug: string, shown: string | null): Promise<Attestation> {
    return this.dataSource.transaction(async (manager) => {
      const terms = await publishedTermsBySlug(manager, courseSlug);
      const statement = terms.policy.attestation;
      if (shown !== null && shown !== statement) {
        throw new PlatformError('BAD_USER_INPUT', "The course's statement has changed since it was shown to you; read it again and confirm.", {
          fields: { statement: 'The statement has changed.' },
        });
      }
      const attestation = await acceptAttestation(manager, { userId: viewer.id, courseId: terms.courseId, courseVersionId: terms.versionId, statement });
      await this.issuing.issueIfAutomatic(manager, viewer.id, terms.courseId);
      return { courseSlug, ...attestation };
    });
  }

  /**
   * The learners `eligibilityOf` would approve (course complete, attestation accepted, no valid
   * certificate), found in SQL so a course of any size pages by name.
   */
  async eligibleLearners(courseSlug: string, first = 20, after?: string): Promise<Connection<EligibleLearner>> {
    const courseId = await publishedCourseId(this.dataSource, courseSlug);
    const cursor = decodeCursor(after, (key) => key.length === 2 && isUuid(key[1]));
    const rows = await eligibleLearnersOf(this.dataSource, courseId, cursor ? [cursor[0], cursor[1]] : null, first + 1);
    return toConnection(rows, first, (row) => [row.sortName, row.id], ({ sortName: _, ...learner }) => learner);
  }
}
