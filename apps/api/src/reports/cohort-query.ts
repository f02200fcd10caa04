import { sql, type RawBuilder } from 'kysely';
import { isTimestamp, isUuid } from '../common/pagination';
import { typedSql, type Database } from '../database/typed-sql';
import type { CohortFilter, CohortSort } from './reports.inputs';
import { CohortSortField, SortDirection } from './reports.types';

/** Each sort walks its own index, (course_id, key, id), forwards or backwards. */
const SORT_KEYS: Record<CohortSortField, { expression: RawBuilder<unknown>; type: string; isValid(value: string): boolean }> = {
  NAME: { expression: sql`lower(e.learner_name)`, type: 'text', isValid: () => true },
  EMAIL: { expression: sql`e.learner_email`, type: 'text', isValid: () => true },
  PERCENT: { expression: sql`e.percent`, type: 'numeric', isValid: (value) => /^\d{1,3}(\.\d)?$/.test(value) },
  LAST_ACTIVITY: { expression: sql`e.last_activity_at`, type: 'timestamptz', isValid: isTimestamp },
};

export interface ModuleStanding {
  slug: string;
  status: string;
  bestQuizScore: number | null;
}

/** A cursor names its sort, so a cursor from one ordering is refused by another. */
export function cohortCursorKey(sort: CohortSort, row: { sortKey: string; id: string }): string[] {
  return [sort.field, sort.direction, row.sortKey, row.id];
}

export function isCohortCursorKey(sort: CohortSort, key: string[]): boolean {
  const [field, direction, value, id] = key;
  return key.length === 4 && field === sort.field && direction === sort.direction && SORT_KEYS[sort.field].isValid(value) && isUuid(id);
}

/**
 * One keyset query over the enrolment summary rows of a course (the progress feature's table,
 * which every progress change keeps current): filters are conditions on the same rows, the order
 * is an index order, and a page starts after the last row of the previous one.
 */
export function cohortQuery(db: Database, courseId: string, filter: CohortFilter, sort: CohortSort, after: string[] | null) {
  const key = SORT_KEYS[sort.field];
  const order = sort.direction === SortDirection.DESC ? 'desc' : 'asc';
  const search = filter.search?.trim();
  const pattern = search ? `%${search.replace(/[\\%_]/g, (character) => `\\${character}`)}%` : null;
  return typedSql(db)
    .selectFrom('enrolment as e')
    .select((e) => [
      'e.id',
      'e.userId as learnerId',
      'e.learnerName as name',
      'e.learnerEmail as email',
      'e.status',
      e.cast<number>('e.percent', 'float8').as('percent'),
      'e.completedLessons',
      'e.eligibleForCertificate',
      sql<ModuleStanding[]>`e.module_progress`.as('moduleProgress'),
      e.cast<number | null>('e.finalExamBestScore', 'float8').as('finalExamBestScore'),
      'e.enrolledAt',
      'e.lastActivityAt',
      'e.completedAt',
      sql<string>`(${key.expression})::text`.as('sortKey'),
    ])
    .where('e.courseId', '=', courseId)
    .$if(Boolean(filter.status), (query) => query.where('e.status', '=', filter.status!))
    .$if(filter.eligible !== undefined && filter.eligible !== null, (query) => query.where('e.eligibleForCertificate', '=', filter.eligible!))
    .$if(pattern !== null, (query) => query.where((e) => e.or([e('e.learnerName', 'ilike', pattern!), e('e.learnerEmail', 'ilike', pattern!)])))
    .$if(after !== null, (query) =>
      query.where(sql<boolean>`(${key.expression}, e.id) ${sql.raw(order === 'desc' ? '<' : '>')} (${after![2]}::${sql.raw(key.type)}, ${after![3]}::uuid)`),
    )
    .orderBy(key.expression, order)
    .orderBy('e.id', order);
}

export type CohortRow = Awaited<ReturnType<ReturnType<typeof cohortQuery>['executeTakeFirstOrThrow']>>;
