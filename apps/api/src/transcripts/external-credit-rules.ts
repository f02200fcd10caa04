import type { CreditType } from '../catalog/accreditation.types';
import { isCalendarDate } from '../common/calendar-date.scalar';

/**
 * What a learner may record as credit earned elsewhere, as pure rules: each field is read into
 * what is stored, or into a reason a person can act on, under the field's name.
 */
export interface ExternalCreditChange {
  activityTitle: string;
  provider: string;
  creditType: CreditType;
  amount: number;
  completedOn: string;
}

export type ExternalCreditReading = { values: ExternalCreditChange; problems?: never } | { problems: Record<string, string>; values?: never };

export const TEXT_MAX_LENGTH = 200;
/** The database keeps amounts as numeric(5,2) in quarter hours, above 0 and at most 999. */
export const LARGEST_AMOUNT = 999;
/** Printed on the transcript: a line break or an invisible character would let a title rewrite the lines around it. */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Cs}\p{Zl}\p{Zp}]/u;

function text(value: string): string {
  return value.trim().normalize('NFC');
}

function textProblem(value: string, what: string): string | undefined {
  if (value === '') return `Enter the ${what}.`;
  if ([...value].length > TEXT_MAX_LENGTH) return `The ${what} has at most ${TEXT_MAX_LENGTH} characters.`;
  if (UNPRINTABLE.test(value)) return `The ${what} cannot hold line breaks or invisible characters.`;
  return undefined;
}

function amountProblem(amount: number): string | undefined {
  if (!Number.isFinite(amount) || amount <= 0 || amount > LARGEST_AMOUNT) return `Give an amount above 0 and at most ${LARGEST_AMOUNT}.`;
  if (!Number.isInteger(amount * 4)) return 'Give the amount in quarter hours, e.g. 1, 1.25, 1.5 or 1.75.';
  return undefined;
}

/**
 * The latest day that is today somewhere: a learner at UTC+14 finishing an activity this evening
 * must not be told their date is in the future.
 */
export function latestToday(now: Date): string {
  return new Date(now.getTime() + 14 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

function dateProblem(completedOn: string, now: Date): string | undefined {
  if (!isCalendarDate(completedOn)) return 'Give the date it was completed as a day that exists, written YYYY-MM-DD.';
  if (completedOn > latestToday(now)) return 'The date it was completed cannot be in the future.';
  return undefined;
}

export function readExternalCredit(change: ExternalCreditChange, now: Date): ExternalCreditReading {
  const activityTitle = text(change.activityTitle);
  const provider = text(change.provider);
  const completedOn = change.completedOn.trim();
  const problems: Record<string, string> = {};
  const found = {
    activityTitle: textProblem(activityTitle, 'activity title'),
    provider: textProblem(provider, 'provider'),
    amount: amountProblem(change.amount),
    completedOn: dateProblem(completedOn, now),
  };
  for (const [field, problem] of Object.entries(found)) if (problem) problems[field] = problem;
  if (Object.keys(problems).length) return { problems };
  return { values: { activityTitle, provider, creditType: change.creditType, amount: change.amount, completedOn } };
}
