import { isTimestamp, isUuid } from '../common/pagination';
import type { Database } from '../database/typed-sql';
import { enrolmentSummaries, enrolmentSummaryPage } from '../progress/progress.records';
import type { CohortFilter, CohortSort } from './reports.inputs';
import { CohortSortField } from './reports.types';

/** What a cursor's sort key must look like for each order, so a forged one is refused before it reaches SQL. */
const SORT_KEY_FORMATS: Record<CohortSortField, (value: string) => boolean> = {
  NAME: () => true,
  EMAIL: () => true,
  PERCENT: (value) => /^\d{1,3}(\.\d)?$/.test(value),
  LAST_ACTIVITY: isTimestamp,
};

/** A cursor names its sort, so a cursor from one ordering is refused by another. */
export function cohortCursorKey(sort: CohortSort, row: { sortKey: string; id: string }): string[] {
  return [sort.field, sort.direction, row.sortKey, row.id];
}

export function isCohortCursorKey(sort: CohortSort, key: string[]): boolean {
  const [field, direction, value, id] = key;
  return key.length === 4 && field === sort.field && direction === sort.direction && SORT_KEY_FORMATS[sort.field](value) && isUuid(id);
}

/** The cohort of a course in report order, after the cursor's row: the enrolment summaries progress keeps, as a query to stream or explain. */
export function cohortQuery(db: Database, courseId: string, filter: CohortFilter, sort: CohortSort, after: string[] | null) {
  return enrolmentSummaries(db, courseId, filter, sort, after && { sortKey: after[2], id: after[3] });
}

/** `limit` members of the cohort in report order, after the cursor's row. */
export function cohortPage(db: Database, courseId: string, filter: CohortFilter, sort: CohortSort, after: string[] | null, limit: number) {
  return enrolmentSummaryPage(db, courseId, filter, sort, after && { sortKey: after[2], id: after[3] }, limit);
}

export type CohortRow = Awaited<ReturnType<typeof cohortPage>>[number];
