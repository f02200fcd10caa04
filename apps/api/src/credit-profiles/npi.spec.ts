import { isValidNpi } from './npi';

describe('NPI check digit', () => {
  it.each([
    ['1234567893', "CMS's worked example"],
    ['1245319599', 'a real-format identifier'],
    ['1003000126', 'a real-format identifier'],
    ['2000000002', 'an organisation-style identifier starting with 2'],
  ])('accepts %s (%s)', (npi) => {
    expect(isValidNpi(npi)).toBe(true);
  });

  it.each([
    ['1234567890', 'a wrong check digit'],
    ['1234567839', 'two digits swapped'],
    ['1245319590', 'the last digit changed'],
    ['123456789', 'nine digits'],
    ['12345678931', 'eleven digits'],
    ['12345 6789', 'a space'],
    ['123456789X', 'a letter'],
    ['', 'nothing'],
  ])('refuses %s (%s)', (npi) => {
    expect(isValidNpi(npi)).toBe(false);
  });
});
