import { describe, expect, it } from 'vitest';
import { completionCsvPath } from './credit-report-view';

describe('the credit report view', () => {
  it('downloads the completion file for the days chosen, leaving an empty end open', () => {
    expect(completionCsvPath({ activityId: 'EMS-2026-0042', from: null, to: null })).toBe('/reports/activities/EMS-2026-0042/completions.csv');
    expect(completionCsvPath({ activityId: 'EMS-2026-0042', from: '2026-03-01', to: null })).toBe(
      '/reports/activities/EMS-2026-0042/completions.csv?from=2026-03-01',
    );
    expect(completionCsvPath({ activityId: 'a.b_c', from: '2026-03-01', to: '2026-03-31' })).toBe(
      '/reports/activities/a.b_c/completions.csv?from=2026-03-01&to=2026-03-31',
    );
  });
});
