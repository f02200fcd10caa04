import { newCertificateCode, parseCertificateCode } from './certificate-code';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_SHAPE = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}-[0-9A-HJKMNP-TV-Z]$/;

describe('certificate codes', () => {
  it('are four groups of four readable symbols and a check symbol', () => {
    for (let i = 0; i < 1000; i++) expect(newCertificateCode()).toMatch(CODE_SHAPE);
  });

  it('do not repeat across twenty thousand codes', () => {
    const codes = new Set(Array.from({ length: 20_000 }, newCertificateCode));
    expect(codes.size).toBe(20_000);
  });

  it('read back as typed by a person: any case, dashes or spaces or none, O for zero and I or L for one', () => {
    const code = '0K1Q-M9XD-4TRB-HW3N-' + checkOf('0K1QM9XD4TRBHW3N');
    expect(parseCertificateCode(code)).toBe(code);
    expect(parseCertificateCode(code.toLowerCase())).toBe(code);
    expect(parseCertificateCode(code.replace(/-/g, ''))).toBe(code);
    expect(parseCertificateCode(` ${code.replace(/-/g, ' ')} `)).toBe(code);
    expect(parseCertificateCode(code.replace('0', 'O').replace('1', 'I'))).toBe(code);
    expect(parseCertificateCode(code.replace('1', 'l'))).toBe(code);
  });

  it('catch every single mistyped symbol', () => {
    const code = newCertificateCode().replace(/-/g, '');
    for (let position = 0; position < code.length; position++) {
      for (const symbol of ALPHABET) {
        if (symbol === code[position]) continue;
        const typo = code.slice(0, position) + symbol + code.slice(position + 1);
        expect(parseCertificateCode(typo)).toBeNull();
      }
    }
  });

  it('catch swapped neighbours, except the one pair Luhn mod 32 cannot tell apart (0 and Z)', () => {
    for (let i = 0; i < 200; i++) {
      const code = newCertificateCode().replace(/-/g, '');
      for (let position = 0; position < code.length - 1; position++) {
        const [a, b] = [code[position], code[position + 1]];
        if (a === b || [a, b].sort().join('') === '0Z') continue;
        const swapped = code.slice(0, position) + b + a + code.slice(position + 2);
        expect(parseCertificateCode(swapped)).toBeNull();
      }
    }
  });

  it.each(['', 'ABCD', 'ABCD-EFGH-JKMN-PQRS', 'ABCD-EFGH-JKMN-PQRS-TU', 'ABCD-EFGH-JKMN-PQRS-!', 'U'.repeat(17), 'A'.repeat(61)])(
    'refuse %j',
    (input) => expect(parseCertificateCode(input)).toBeNull(),
  );
});

/** The check symbol that makes a payload valid, found by trying each: the test does not restate the algorithm. */
function checkOf(payload: string): string {
  return [...ALPHABET].find((symbol) => parseCertificateCode(payload + symbol) !== null)!;
}
