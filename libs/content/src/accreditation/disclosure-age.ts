/** How long disclosures stay current: a course whose disclosures are older cannot be released. */
export const disclosureValidityMonths = 12;

/** The last day disclosures collected on `collectedOn` (YYYY-MM-DD) are current. */
export function disclosuresCurrentUntil(collectedOn: string): string {
  const [year, month, day] = collectedOn.split('-').map(Number);
  const until = new Date(Date.UTC(year, month - 1 + disclosureValidityMonths, day));
  // 29 February plus a year rolls to 1 March; the last current day is the day before.
  if (until.getUTCDate() !== day) until.setUTCDate(0);
  return until.toISOString().slice(0, 10);
}

/** Why disclosures collected on `collectedOn` cannot be used on `today`, or null when they can. */
export function disclosuresAgeProblem(collectedOn: string, today: string): string | null {
  if (collectedOn > today) return 'is in the future: give the date the disclosures were collected';
  if (disclosuresCurrentUntil(collectedOn) < today) {
    return `is more than ${disclosureValidityMonths} months ago: collect the disclosures again`;
  }
  return null;
}
