/** Which activity the credit report shows, over which UTC days of claims; an empty day leaves that end open. */
export interface CreditReportView {
  activityId: string;
  from: string;
  to: string;
}

/** What is wrong with the period, under the day to change; empty when it can be reported on. */
export function periodProblems({ from, to }: Pick<CreditReportView, 'from' | 'to'>): { to?: string } {
  return from && to && from > to ? { to: 'The last day is before the first: choose one on or after it.' } : {};
}

/** The accreditor's completion file for the same activity and days as the summary. */
export function completionCsvPath({ activityId, from, to }: CreditReportView): string {
  const query = new URLSearchParams();
  if (from) query.set('from', from);
  if (to) query.set('to', to);
  const search = query.size ? `?${query}` : '';
  return `/reports/activities/${encodeURIComponent(activityId)}/completions.csv${search}`;
}
