import { isCalendarDate } from '../common/calendar-date.scalar';

/** The days a report covers, on the day credit was claimed: UTC days, both ends included, either left open. */
export interface ClaimPeriod {
  from: string | null;
  to: string | null;
}

/** Why the period cannot be reported on, under the bound to change; null when it can. */
export function periodProblems({ from, to }: ClaimPeriod): Record<string, string> | null {
  const problems: Record<string, string> = {};
  if (from !== null && !isCalendarDate(from)) problems.from = 'The start must be a day that exists, written YYYY-MM-DD.';
  if (to !== null && !isCalendarDate(to)) problems.to = 'The end must be a day that exists, written YYYY-MM-DD.';
  if (!problems.from && !problems.to && from !== null && to !== null && from > to) problems.to = 'The end is before the start: choose an end on or after it.';
  return Object.keys(problems).length ? problems : null;
}
