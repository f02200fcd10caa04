const whenFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "7 Dec 2026, 10:51", in the reader's own locale and time zone. */
export function describeWhen(isoTime: string): string {
  return whenFormat.format(new Date(isoTime));
}
