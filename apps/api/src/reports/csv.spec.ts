import { parse } from 'csv-parse/sync';
import { csvField, csvRecord } from './csv';

describe('CSV fields', () => {
  it.each([
    ['=1+2', "'=1+2"],
    ['+SUM(A1:A2)', "'+SUM(A1:A2)"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['\tTabbed', "'\tTabbed"],
  ])('neutralises %j, which a spreadsheet would run as a formula', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('neutralises a carriage return at the start and quotes the field that holds it', () => {
    expect(csvField('\rcalc')).toBe(`"'\rcalc"`);
  });

  it('quotes commas, quotes and line breaks as RFC 4180 says, and only then', () => {
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('one\ntwo')).toBe('"one\ntwo"');
    expect(csvField('=HYPERLINK("http://x.example","go")')).toBe(`"'=HYPERLINK(""http://x.example"",""go"")"`);
  });

  it('writes empty cells for missing values, ISO dates, and numbers and booleans as they are', () => {
    expect(csvRecord([null, undefined, new Date('2026-01-02T03:04:05Z'), 42.5, true])).toBe(',,2026-01-02T03:04:05.000Z,42.5,true\r\n');
  });

  it('reads back through a CSV parser as the values written, less the neutralising quote', () => {
    const values = ['Ann "Nan" Lee', 'line one\r\nline two', 'a,b', '=cmd|"/C calc"!A0', ''];
    const [parsed] = parse(csvRecord(values));
    expect(parsed).toEqual(['Ann "Nan" Lee', 'line one\r\nline two', 'a,b', `'=cmd|"/C calc"!A0`, '']);
  });
});
