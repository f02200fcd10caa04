import { readCreditProfile, type CreditProfileChange } from './credit-profile-rules';

const FULL: CreditProfileChange = {
  profession: 'NURSE_PRACTITIONER',
  licenceNumber: ' NP-12345 ',
  licenceJurisdiction: 'California',
  npi: '1245319599',
  boardReportingConsent: true,
  boardIdentifier: 'AANP-778',
  birthMonth: 2,
  birthDay: 29,
};

describe('reading a credit profile', () => {
  it('keeps a full profile, trimmed, with 29 February as a birthday', () => {
    expect(readCreditProfile(FULL).values).toEqual({ ...FULL, licenceNumber: 'NP-12345' });
  });

  it('reads empty text as nothing', () => {
    expect(readCreditProfile({ boardReportingConsent: false, licenceNumber: ' ', licenceJurisdiction: '', npi: '  ' }).values).toMatchObject({
      licenceNumber: null,
      licenceJurisdiction: null,
      npi: null,
    });
  });

  it.each([
    ['an NPI with a wrong check digit', { npi: '1245319590' }, 'npi', 'check digit'],
    ['an NPI of nine digits', { npi: '124531959' }, 'npi', '10 digits'],
    ['31 April', { birthMonth: 4, birthDay: 31 }, 'birthDay', '1 to 30'],
    ['30 February', { birthMonth: 2, birthDay: 30 }, 'birthDay', '1 to 29'],
    ['month 13', { birthMonth: 13, birthDay: 1 }, 'birthMonth', '1 (January) to 12'],
    ['a day without its month', { birthMonth: null, birthDay: 12 }, 'birthMonth', 'month'],
    ['a licence number without where it was issued', { licenceJurisdiction: null }, 'licenceJurisdiction', 'issued'],
    ['a jurisdiction of digits', { licenceJurisdiction: '1234' }, 'licenceJurisdiction', 'letters'],
    ['a jurisdiction of one letter outside the BMP', { licenceJurisdiction: '\u{1D400}' }, 'licenceJurisdiction', '2 to 60'],
    ['a licence number with a line break', { licenceNumber: 'NP\n1' }, 'licenceNumber', 'letters, digits'],
    ['a board identifier of 41 characters', { boardIdentifier: 'A'.repeat(41) }, 'boardIdentifier', 'at most 40'],
  ])('refuses %s under its field, without repeating the value', (_case, change, field, words) => {
    const { problems } = readCreditProfile({ ...FULL, ...change });
    expect(problems).toEqual({ [field]: expect.stringContaining(words) });
    const given = Object.values(change)[0];
    if (typeof given === 'string' && given.length > 2) expect(problems![field]).not.toContain(given);
  });

  it('refuses board details given without consent, each under its field', () => {
    expect(readCreditProfile({ ...FULL, boardReportingConsent: false }).problems).toEqual({
      boardIdentifier: expect.stringContaining('consent'),
      birthMonth: expect.stringContaining('consent'),
      birthDay: expect.stringContaining('consent'),
    });
  });

  it('accepts consent withdrawn with the board details left empty', () => {
    expect(readCreditProfile({ ...FULL, boardReportingConsent: false, boardIdentifier: null, birthMonth: null, birthDay: null }).values).toMatchObject({
      boardReportingConsent: false,
      boardIdentifier: null,
      birthMonth: null,
      birthDay: null,
    });
  });
});
