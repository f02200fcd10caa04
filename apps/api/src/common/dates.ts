/** "27 November 2026": in UTC, so everyone who reads one date (on a certificate, in an email) sees the same day. */
const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function dayOf(date: Date): string {
  return DAY.format(date);
}
