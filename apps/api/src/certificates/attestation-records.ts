import { sql } from 'kysely';
import type { EntityManager } from 'typeorm';
import { typedSql, type Database } from '../database/typed-sql';

/** Every statement on certificate_attestation. */

/**
 * Records or renews the learner's acceptance of the published version's statement; when `shown`
 * is given, only if the statement still reads so. Answers nothing when it no longer does.
 */
export function acceptAttestation(manager: EntityManager, userId: string, courseId: string, shown: string | null) {
  const db = typedSql(manager);
  const statement = sql<string>`v.certificate_policy->>'attestation'`;
  return db
    .insertInto('certificateAttestation')
    .columns(['userId', 'courseId', 'courseVersionId', 'statement'])
    .expression(
      db
        .selectFrom('course as c')
        .innerJoin('courseVersion as v', 'v.id', 'c.publishedVersionId')
        .select([sql<string>`${userId}::uuid`.as('userId'), 'c.id', 'v.id as versionId', statement.as('statement')])
        .where('c.id', '=', courseId)
        .where(sql<boolean>`(${shown}::text IS NULL OR ${statement} = ${shown})`),
    )
    .onConflict((conflict) =>
      conflict.columns(['userId', 'courseId']).doUpdateSet((eb) => ({
        courseVersionId: eb.ref('excluded.courseVersionId'),
        statement: eb.ref('excluded.statement'),
        acceptedAt: sql<Date>`now()`,
      })),
    )
    .returning(['statement', 'acceptedAt'])
    .executeTakeFirst();
}

export async function attestationAccepted(db: Database, userId: string, courseId: string): Promise<boolean> {
  const accepted = await typedSql(db).selectFrom('certificateAttestation').select('acceptedAt').where('userId', '=', userId).where('courseId', '=', courseId).executeTakeFirst();
  return accepted !== undefined;
}

/**
 * The learners `eligibilityOf` would approve (course complete, attestation accepted, no valid
 * certificate), in SQL so a course of any size pages by name, after the (lower name, id) cursor.
 * It reads progress's enrolments and users' accounts: to move behind their records.
 */
export function eligibleLearnersOf(db: Database, courseId: string, after: [string, string] | null, limit: number) {
  const sortName = sql<string>`lower(u.name)`;
  return typedSql(db)
    .selectFrom('enrolment as e')
    .innerJoin('appUser as u', 'u.id', 'e.userId')
    .innerJoin('certificateAttestation as a', (join) => join.onRef('a.userId', '=', 'e.userId').onRef('a.courseId', '=', 'e.courseId'))
    .select(['u.id', 'u.name', 'u.email', 'e.completedAt', 'a.acceptedAt as attestedAt', sortName.as('sortName')])
    .where('e.courseId', '=', courseId)
    .where('e.status', '=', 'COMPLETE')
    // Progress sets completed_at whenever it sets the status COMPLETE.
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
