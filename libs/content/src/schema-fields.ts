import { z } from 'zod';
import { slugPattern, slugRule } from './slugs';

export const text = z.string().trim().min(1, 'must not be empty');

/** Text a person must write: a draft's TODO placeholder is refused, so a draft cannot ship as it is. */
export const authored = text.refine((value) => !/^todo\b/i.test(value), 'still says TODO: write it');

export const slug = z.string().regex(slugPattern, slugRule);

/** A path inside the course folder, as written in course.yaml or front matter. */
export const packagePath = z.string().trim().min(1, 'must name a file in the course folder');

/** Whether `date` is YYYY, YYYY-MM or YYYY-MM-DD and names a real day (no 2025-02-30). */
export function isCalendarDate(date: string, precision: 'year' | 'day' = 'year'): boolean {
  const pattern = precision === 'day' ? /^(\d{4})-(\d{2})-(\d{2})$/ : /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
  const match = pattern.exec(date);
  if (!match) return false;
  const [, year, month = '01', day = '01'] = match;
  const parsed = new Date(`${year}-${month}-${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(`${year}-${month}-${day}`);
}
