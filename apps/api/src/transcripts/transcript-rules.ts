import { CreditType } from '../catalog/accreditation.types';
import { isCalendarDate } from '../common/calendar-date.scalar';

/** The days a transcript covers, each bound inclusive and optional, YYYY-MM-DD. */
export type TranscriptRange = {
  from: string | null;
  to: string | null;
};

export type TranscriptSource = 'PLATFORM' | 'SELF_REPORTED';

export interface TranscriptLine {
  source: TranscriptSource;
  creditType: CreditType;
  amount: number;
}

export interface CreditTotals {
  creditType: CreditType;
  platform: number;
  selfReported: number;
  combined: number;
}

/** Why a range cannot be read, under the field to change; none when it can. */
export function rangeProblems({ from, to }: TranscriptRange): Record<string, string> | null {
  const problems: Record<string, string> = {};
  for (const [field, day] of Object.entries({ from, to })) {
    if (day !== null && !isCalendarDate(day)) problems[field] = `Give the ${field === 'from' ? 'start' : 'end'} of the range as a day that exists, written YYYY-MM-DD.`;
  }
  if (!problems.from && !problems.to && from && to && from > to) problems.to = 'The end of the range is before its start: choose an end on or after the start.';
  return Object.keys(problems).length ? problems : null;
}

/** One total per credit type the lines hold, in the order the credit types are declared. */
export function totalsOf(lines: TranscriptLine[]): CreditTotals[] {
  return Object.values(CreditType).flatMap((creditType) => {
    const ofType = lines.filter((line) => line.creditType === creditType);
    if (ofType.length === 0) return [];
    const sum = (source: TranscriptSource) => ofType.filter((line) => line.source === source).reduce((total, line) => total + line.amount, 0);
    const platform = sum('PLATFORM');
    const selfReported = sum('SELF_REPORTED');
    return [{ creditType, platform, selfReported, combined: platform + selfReported }];
  });
}
