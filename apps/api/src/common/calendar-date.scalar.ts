import { GraphQLScalarType, Kind } from 'graphql';

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether the text is a day that exists, written YYYY-MM-DD (2026-02-29 is not one). */
export function isCalendarDate(text: string): boolean {
  const parts = CALENDAR_DATE.exec(text);
  if (!parts) return false;
  const [year, month, day] = parts.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function calendarDate(value: unknown): string {
  if (typeof value === 'string' && isCalendarDate(value)) return value;
  throw new TypeError('A date is a day that exists, written YYYY-MM-DD, e.g. 2026-03-31.');
}

/** A day with no time or zone, as YYYY-MM-DD both ways, e.g. when an activity was completed. */
export const GraphQLCalendarDate = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar day, YYYY-MM-DD, with no time or time zone.',
  serialize: calendarDate,
  parseValue: calendarDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new TypeError('A date is a string, YYYY-MM-DD.');
    return calendarDate(ast.value);
  },
});
