import { isValidNpi } from './npi';

/**
 * What a learner may put in their credit profile, as pure rules: each field is read into what is
 * stored, or into a reason a person can act on. No reason repeats the value it refuses, so a
 * refusal that reaches a log carries nothing of the profile.
 */
export const PROFESSIONS = ['PHYSICIAN', 'NURSE_PRACTITIONER', 'PHYSICIAN_ASSOCIATE', 'NURSE', 'PHARMACIST', 'OTHER'] as const;
export type Profession = (typeof PROFESSIONS)[number];

export interface CreditProfileChange {
  profession?: Profession | null;
  licenceNumber?: string | null;
  licenceJurisdiction?: string | null;
  npi?: string | null;
  boardReportingConsent: boolean;
  boardIdentifier?: string | null;
  birthMonth?: number | null;
  birthDay?: number | null;
}

export interface CreditProfileValues {
  profession: Profession | null;
  licenceNumber: string | null;
  licenceJurisdiction: string | null;
  npi: string | null;
  boardReportingConsent: boolean;
  boardIdentifier: string | null;
  birthMonth: number | null;
  birthDay: number | null;
}

export type CreditProfileReading = { values: CreditProfileValues; problems?: never } | { problems: Record<string, string>; values?: never };

export const IDENTIFIER_MAX_LENGTH = 40;
export const JURISDICTION_MAX_LENGTH = 60;
const IDENTIFIER = /^[A-Za-z0-9][A-Za-z0-9 ./-]*$/;
const JURISDICTION = /^\p{L}[\p{L}\p{M} .'-]*$/u;
/** Days in each month of a leap year: a birthday on 29 February is a real one. */
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Trimmed and composed, with nothing typed read as nothing. */
function text(value: string | null | undefined): string | null {
  const trimmed = value?.trim().normalize('NFC') ?? '';
  return trimmed === '' ? null : trimmed;
}

function identifierProblem(value: string, what: string): string | undefined {
  if (value.length > IDENTIFIER_MAX_LENGTH) return `A ${what} has at most ${IDENTIFIER_MAX_LENGTH} characters.`;
  if (!IDENTIFIER.test(value)) return `A ${what} holds letters, digits, spaces, dots, hyphens and slashes only.`;
  return undefined;
}

function jurisdictionProblem(value: string): string | undefined {
  // Counted in characters, as the database counts them: one letter outside the BMP is two UTF-16 units.
  const characters = [...value].length;
  if (characters < 2 || characters > JURISDICTION_MAX_LENGTH) {
    return `Name the issuing state or country in 2 to ${JURISDICTION_MAX_LENGTH} characters, e.g. California or Ontario.`;
  }
  if (!JURISDICTION.test(value)) return 'Name the issuing state or country in letters, e.g. California, Ontario or CA.';
  return undefined;
}

function npiProblem(value: string): string | undefined {
  if (!/^[0-9]{10}$/.test(value)) return 'An NPI is 10 digits.';
  if (!isValidNpi(value)) return 'This is not a valid NPI: its check digit does not match. Check it for a typo.';
  return undefined;
}

function birthdayProblems(month: number | null, day: number | null): Record<string, string> {
  if (month === null && day === null) return {};
  if (month === null) return { birthMonth: 'Give the month of your birthday with its day.' };
  if (day === null) return { birthDay: 'Give the day of your birthday with its month.' };
  if (!Number.isInteger(month) || month < 1 || month > 12) return { birthMonth: 'A month is 1 (January) to 12 (December).' };
  if (!Number.isInteger(day) || day < 1 || day > DAYS_IN_MONTH[month - 1]) {
    return { birthDay: `That month has days 1 to ${DAYS_IN_MONTH[month - 1]}.` };
  }
  return {};
}

const NEEDS_CONSENT = 'Kept only for board reporting: tick the consent box to share it, or leave it empty.';

export function readCreditProfile(change: CreditProfileChange): CreditProfileReading {
  const problems: Record<string, string> = {};
  const licenceNumber = text(change.licenceNumber);
  const licenceJurisdiction = text(change.licenceJurisdiction);
  const npi = text(change.npi);
  const boardIdentifier = text(change.boardIdentifier);
  const birthMonth = change.birthMonth ?? null;
  const birthDay = change.birthDay ?? null;

  const licenceNumberProblem = licenceNumber && identifierProblem(licenceNumber, 'licence number');
  if (licenceNumberProblem) problems.licenceNumber = licenceNumberProblem;
  const jurisdiction = licenceJurisdiction && jurisdictionProblem(licenceJurisdiction);
  if (jurisdiction) problems.licenceJurisdiction = jurisdiction;
  if (licenceNumber && !licenceJurisdiction) problems.licenceJurisdiction = 'Name the state or country that issued the licence.';
  if (licenceJurisdiction && !licenceNumber) problems.licenceNumber = 'Give the licence number with the state or country that issued it.';
  const npiFault = npi && npiProblem(npi);
  if (npiFault) problems.npi = npiFault;

  if (change.boardReportingConsent) {
    const boardProblem = boardIdentifier && identifierProblem(boardIdentifier, 'board identifier');
    if (boardProblem) problems.boardIdentifier = boardProblem;
    Object.assign(problems, birthdayProblems(birthMonth, birthDay));
  } else {
    if (boardIdentifier) problems.boardIdentifier = NEEDS_CONSENT;
    if (birthMonth !== null) problems.birthMonth = NEEDS_CONSENT;
    if (birthDay !== null) problems.birthDay = NEEDS_CONSENT;
  }

  if (Object.keys(problems).length) return { problems };
  return {
    values: {
      profession: change.profession ?? null,
      licenceNumber,
      licenceJurisdiction,
      npi,
      boardReportingConsent: change.boardReportingConsent,
      boardIdentifier,
      birthMonth,
      birthDay,
    },
  };
}
