import { isTimestamp, isUuid } from '../common/pagination';
import type { CohortFilter, CohortSort } from './reports.inputs';
import { CohortSortField, SortDirection } from './reports.types';

/** Each sort walks its own index, (course_id, key, id), forwards or backwards. */
const SORT_KEYS: Record<CohortSortField, { expression: string; type: string; isValid(value: string): boolean }> = {
  NAME: { expression: 'lower(e.learner_name)', type: 'text', isValid: () => true },
  EMAIL: { expression: 'e.learner_email', type: 'text', isValid: () => true },
  PERCENT: { expression: 'e.percent', type: 'numeric', isValid: (value) => /^\d{1,3}(\.\d)?$/.test(value) },
  LAST_ACTIVITY: { expression: 'e.last_activity_at', type: 'timestamptz', isValid: isTimestamp },
};

export interface CohortRow {
  id: string;
  learnerId: string;
  name: string;
  email: string;
  status: string;
  percent: number;
  completedLessons: number;
  eligibleForCertificate: boolean;
  moduleProgress: { slug: string; status: string; bestQuizScore: number | null }[];
  finalExamBestScore: number | null;
  enrolledAt: Date;
  lastActivityAt: Date;
  completedAt: Date | null;
  sortKey: string;
}

/** A cursor names its sort, so a cursor from one ordering is refused by another. */
export function cohortCursorKey(sort: CohortSort, row: CohortRow): string[] {
  return [sort.field, sort.direction, row.sortKey, row.id];
}

export function isCohortCursorKey(sort: CohortSort, key: string[]): boolean {
  const [field, direction, value, id] = key;
  return key.length === 4 && field === sort.field && direction === sort.direction && SORT_KEYS[sort.field].isValid(value) && isUuid(id);
}

/**
 * One keyset query over the enrolment rows of a course: filters are conditions on the same
 * rows, the order is an index order, and a page starts after the last row of the previous one.
 */
export function cohortQuery(courseId: string, filter: CohortFilter, sort: CohortSort, after: string[] | null, limit: number | null) {
  const key = SORT_KEYS[sort.field];
  const params: unknown[] = [courseId];
  const where = ['e.course_id = $1'];
  if (filter.status) where.push(`e.status = $${params.push(filter.status)}`);
  if (filter.eligible !== undefined && filter.eligible !== null) where.push(`e.eligible_for_certificate = $${params.push(filter.eligible)}`);
  const search = filter.search?.trim();
  if (search) {
    const pattern = params.push(`%${search.replace(/[\\%_]/g, (character) => `\\${character}`)}%`);
    where.push(`(e.learner_name ILIKE $${pattern} OR e.learner_email ILIKE $${pattern})`);
  }
  const descending = sort.direction === SortDirection.DESC;
  if (after) {
    where.push(`(${key.expression}, e.id) ${descending ? '<' : '>'} ($${params.push(after[2])}::${key.type}, $${params.push(after[3])}::uuid)`);
  }
  const order = descending ? 'DESC' : 'ASC';
  const sql = `SELECT e.id, e.user_id AS "learnerId", e.learner_name AS name, e.learner_email AS email, e.status,
         e.percent::float8 AS percent, e.completed_lessons AS "completedLessons",
         e.eligible_for_certificate AS "eligibleForCertificate", e.module_progress AS "moduleProgress",
         e.final_exam_best_score::float8 AS "finalExamBestScore", e.enrolled_at AS "enrolledAt",
         e.last_activity_at AS "lastActivityAt", e.completed_at AS "completedAt", (${key.expression})::text AS "sortKey"
    FROM enrolment e
   WHERE ${where.join(' AND ')}
   ORDER BY ${key.expression} ${order}, e.id ${order}
   ${limit === null ? '' : `LIMIT $${params.push(limit)}`}`;
  return { sql, params };
}
