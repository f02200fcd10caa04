import type { CohortSortField, ProgressStatus, SortDirection } from '../../gql/graphql';

export interface CohortSort {
  field: CohortSortField;
  direction: SortDirection;
}

/** Which learners the cohort report shows, and in what order. */
export interface CohortView {
  status: ProgressStatus | null;
  /** Only learners eligible for a certificate; everyone otherwise. */
  eligibleOnly: boolean;
  /** Part of a name or email; empty for everyone. */
  search: string;
  sort: CohortSort;
}

export const wholeCohort: CohortView = { status: null, eligibleOnly: false, search: '', sort: { field: 'NAME', direction: 'ASC' } };

/** The view as the cohort report query's `filter` and `sort`; what is not chosen is left out. */
export function cohortQueryArguments({ status, eligibleOnly, search, sort }: CohortView) {
  return { filter: { status, eligible: eligibleOnly ? true : null, search: search || null }, sort };
}

/** Choosing the column the rows are sorted by again reverses the order; another column starts ascending. */
export function sortBy(sort: CohortSort, field: CohortSortField): CohortSort {
  if (sort.field !== field) return { field, direction: 'ASC' };
  return { field, direction: sort.direction === 'ASC' ? 'DESC' : 'ASC' };
}

/** The CSV download of exactly the learners the report shows, in the same order. */
export function cohortCsvPath(courseSlug: string, { status, eligibleOnly, search, sort }: CohortView): string {
  const query = new URLSearchParams();
  if (status) query.set('status', status);
  if (eligibleOnly) query.set('eligible', 'true');
  if (search) query.set('search', search);
  query.set('sort', sort.field);
  query.set('direction', sort.direction);
  return `/reports/courses/${encodeURIComponent(courseSlug)}/cohort.csv?${query}`;
}

/** Every learning event, or one course's, as a CSV download. */
export function activityCsvPath(courseSlug?: string): string {
  return courseSlug ? `/reports/activity.csv?${new URLSearchParams({ course: courseSlug })}` : '/reports/activity.csv';
}
