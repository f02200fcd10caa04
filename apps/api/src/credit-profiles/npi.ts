/**
 * A National Provider Identifier is 10 digits whose last is a Luhn check digit computed over the
 * first nine prefixed with 80840, the card issuer prefix CMS assigned to NPIs (45 CFR 162.406;
 * CMS, "Requirements for the NPI check digit").
 */
const NPI_PREFIX = '80840';

export function isValidNpi(npi: string): boolean {
  if (!/^[0-9]{10}$/.test(npi)) return false;
  return luhnChecks(NPI_PREFIX + npi);
}

/** The Luhn check over all the digits, the last of them the check digit. */
function luhnChecks(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    const digit = Number(digits[digits.length - 1 - index]);
    const doubled = index % 2 === 1 ? digit * 2 : digit;
    sum += doubled > 9 ? doubled - 9 : doubled;
  }
  return sum % 10 === 0;
}
