import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { PlatformError } from '../common/errors';
import { decodeCursor, isUuid, toConnection, type Connection } from '../common/pagination';
import { CertificateIssuingService } from './certificate-issuing.service';
import { publishedCourseId } from './certificate-records';
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
      const courseId = await publishedCourseId(manager, courseSlug);
      const [attestation] = await manager.query(
        `INSERT INTO certificate_attestation (user_id, course_id, course_version_id, statement)
         SELECT $1, c.id, v.id, v.certificate_policy->>'attestation'
           FROM course c JOIN course_version v ON v.id = c.published_version_id
          WHERE c.id = $2 AND ($3::text IS NULL OR v.certificate_policy->>'attestation' = $3)
         ON CONFLICT (user_id, course_id) DO UPDATE
            SET course_version_id = EXCLUDED.course_version_id, statement = EXCLUDED.statement, accepted_at = now()
         RETURNING statement, accepted_at AS "acceptedAt"`,
        [viewer.id, courseId, shown],
      );
      if (!attestation) {
        throw new PlatformError('BAD_USER_INPUT', "The course's statement has changed since it was shown to you; read it again and confirm.", {
          fields: { statement: 'The statement has changed.' },
        });
      }
      await this.issuing.issueIfAutomatic(manager, viewer.id, courseId);
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
    const rows: (EligibleLearner & { sortName: string })[] = await this.dataSource.query(
      `SELECT u.id, u.name, u.email, e.completed_at AS "completedAt", a.accepted_at AS "attestedAt", lower(u.name) AS "sortName"
         FROM enrolment e
         JOIN app_user u ON u.id = e.user_id
         JOIN certificate_attestation a ON a.user_id = e.user_id AND a.course_id = e.course_id
        WHERE e.course_id = $1 AND e.status = 'COMPLETE'
          AND NOT EXISTS (SELECT 1 FROM certificate c
                           WHERE c.user_id = e.user_id AND c.course_id = e.course_id
                             AND c.revoked_at IS NULL AND (c.expires_at IS NULL OR c.expires_at > now()))
          AND ($2::text IS NULL OR (lower(u.name), u.id) > ($2, $3::uuid))
        ORDER BY lower(u.name), u.id
        LIMIT $4`,
      [courseId, cursor?.[0] ?? null, cursor?.[1] ?? null, first + 1],
    );
    return toConnection(rows, first, (row) => [row.sortName, row.id], ({ sortName: _, ...learner }) => learner);
  }
}
