import { sql, type Insertable } from 'kysely';
import type { EntityManager } from 'typeorm';
import { accountsToJoin } from '../auth/account-records';
import type { DB } from '../database/schema';
import { typedSql, type Database } from '../database/typed-sql';
import { completedEnrolments } from '../progress/progress.records';

/** Every statement on certificate_attestation. */

/** Records the learner's acceptance of a course's statement, or renews it with the statement and version given. */
export function acceptAttestation(manager: EntityManager, attestation: Insertable<DB['certificateAttestation']>) {
  return typedSql(manager)
    .insertInto('certificateAttestation')
    .values(attestation)
    .onConflict((conflict) =>
      conflict.columns(['userId', 'courseId']).doUpdateSet((eb) => ({
        courseVersionId: eb.ref('excluded.courseVersionId'),
        statement: eb.ref('excluded.statement'),
        acceptedAt: sql<Date>`now()`,
      })),
    )
    .returning(['statement', 'acceptedAt'])
    .executeTakeFirstOrThrow();
}

export async function attestationAccepted(db: Database, userId: string, courseId: string): Promise<boolean> {
  const accepted = await typedSql(db).selectFrom('certificateAttestation').select('acceptedAt').where('userId', '=', userId).where('courseId', '=', courseId).executeTakeFirst();
  return accepted !== undefined;
}

/**
 * The learners `eligibilityOf` would approve (course complete, attestation accepted, no valid
 * certificate), in SQL so a course of any size pages by name, after the (lower name, id) cursor.
 */
export function eligibleLearnersOf(db: Database, courseId: string, after: [string, string] | null, limit: number) {
  const sortName = sql<string>`lower(u.name)`;
  return completedEnrolments(db, courseId)
    .innerJoin(accountsToJoin().as('u'), 'u.id', 'e.userId')
    .innerJoin('certificateAttestation as a', (join) => join.onRef('a.userId', '=', 'e.userId').onRef('a.courseId', '=', 'e.courseId'))
    .select(['u.id', 'u.name', 'u.email', 'e.completedAt', 'a.acceptedAt as attestedAt', sortName.as('sortName')])
    .$narrowType<{ completedAt: Date }>()
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('certificate as c')
            .select('c.id')
            .whereRef('c.userId', '=', 'e.userId')
            .whereRef('c.courseId', '=', 'e.courseId')
            .where('c.revokedAt', 'is', null)
            .where(sql<boolean>`(c.expires_at IS NULL OR c.expires_at > now())`),
        ),
      ),
    )
    .where(sql<boolean>`(${after?.[0] ?? null}::text IS NULL OR (lower(u.name), u.id) > (${after?.[0] ?? null}, ${after?.[1] ?? null}::uuid))`)
    .orderBy(sortName)
    .orderBy('u.id')
    .limit(limit)
    .execute();
}
