import type { DayRange } from '../../ui/DayRangeForm';

/** Which activity the credit report shows, over which UTC days of claims. */
export interface CreditReportView extends DayRange {
  activityId: string;
}

/** The accreditor's completion file for the same activity and days as the summary. */
export function completionCsvPath({ activityId, from, to }: CreditReportView): string {
  const query = new URLSearchParams();
  if (from) query.set('from', from);
  if (to) query.set('to', to);
  const search = query.size ? `?${query}` : '';
  return `/reports/activities/${encodeURIComponent(activityId)}/completions.csv${search}`;
}
