/** Days are typed as the API reads them; the browser's date picker would make each field three tab stops. */
export const DAY_HINT = 'Written YYYY-MM-DD, e.g. 2026-03-15.';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** What keeps a range from being shown, under each bound; the API checks that each day exists. */
export function rangeProblems(from: string, to: string): { from?: string; to?: string } {
  const problems: { from?: string; to?: string } = {};
  if (from && !DAY.test(from)) problems.from = `Write the start of the range as YYYY-MM-DD.`;
  if (to && !DAY.test(to)) problems.to = `Write the end of the range as YYYY-MM-DD.`;
  if (!problems.from && !problems.to && from && to && from > to) problems.to = 'The end of the range is before its start: choose an end on or after the start.';
  return problems;
}
