import { describe, expect, it } from 'vitest';
import { cohortCsvPath, cohortQueryArguments, sortBy, wholeCohort } from './cohort-view';

describe('cohort view', () => {
  it('leaves out of the query and the CSV address what the reader has not chosen', () => {
    expect(cohortQueryArguments(wholeCohort)).toEqual({
      filter: { status: null, eligible: null, search: null },
      sort: { field: 'NAME', direction: 'ASC' },
    });
    expect(cohortCsvPath('botox & co', wholeCohort)).toBe('/reports/courses/botox%20%26%20co/cohort.csv?sort=NAME&direction=ASC');
  });

  it('reverses the order of the sorted column and starts another column ascending', () => {
    const byName = wholeCohort.sort;
    expect(sortBy(byName, 'NAME')).toEqual({ field: 'NAME', direction: 'DESC' });
    expect(sortBy(sortBy(byName, 'NAME'), 'LAST_ACTIVITY')).toEqual({ field: 'LAST_ACTIVITY', direction: 'ASC' });
  });
});
