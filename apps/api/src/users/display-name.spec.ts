import { DISPLAY_NAME_MAX_LENGTH, printableName, readDisplayName } from './display-name';

const SPOOF = 'Jo Bloggs\nhas completed Advanced Neurosurgery (40 credit hours)';

describe('display names', () => {
  it.each([
    ['a line break', SPOOF, 'line breaks'],
    ['a carriage return', 'Jo\rBloggs', 'line breaks'],
    ['a tab', 'Jo\tBloggs', 'control characters'],
    ['a C1 control (NEL)', 'Jo\u0085Bloggs', 'control characters'],
    ['a line separator', 'Jo\u2028Bloggs', 'line breaks'],
    ['a right-to-left override', 'Jo \u202Eelbuod', 'direction'],
    ['a left-to-right embedding', '\u202AJo', 'direction'],
    ['a first-strong isolate', 'Jo \u2068Bloggs\u2069', 'direction'],
    ['a right-to-left mark', 'Jo\u200F Bloggs', 'direction'],
    ['an Arabic letter mark', 'Jo\u061C', 'direction'],
    ['a zero-width space', 'Jo\u200BBloggs', 'zero-width'],
    ['a zero-width joiner', 'Jo\u200DBloggs', 'zero-width'],
    ['a word joiner', 'Jo\u2060Bloggs', 'zero-width'],
    ['a byte order mark', 'Jo\uFEFFBloggs', 'zero-width'],
    ['a soft hyphen (another format character)', 'Jo\u00ADBloggs', 'formatting'],
    ['an interlinear annotation (format)', 'Jo\uFFF9Bloggs', 'formatting'],
    ['a private-use character', 'Jo\uE000', 'private-use'],
    ['a supplementary private-use character', 'Jo\u{F0000}', 'private-use'],
    ['an unassigned code point', 'Jo\u{E0080}', 'unassigned'],
    ['half of a surrogate pair', 'Jo\uD800', 'broken'],
  ])('refuses a name with %s', (_what, raw, words) => {
    const { name, problem } = readDisplayName(raw);
    expect(name).toBeUndefined();
    expect(problem).toContain(words);
  });

  it('trims the name and stores it in composed form (NFC)', () => {
    expect(readDisplayName('  Zoe\u0301 Nguye\u0302\u0303n  ')).toEqual({ name: 'Zoé Nguyễn' });
  });

  it.each(['Łukasz Żółć', 'Δημήτρης Παπαδόπουλος', 'שרה כהן', 'محمد عبد الله', '李小龙', "Siobhán O'Brien-Smith", 'Dr. Ana María de la Cruz'])(
    'accepts the name %s as written',
    (raw) => {
      expect(readDisplayName(raw)).toEqual({ name: raw });
    },
  );

  it('takes 1 to 100 characters after trimming, counting an emoji or a letter outside the BMP as one', () => {
    expect(readDisplayName('   ').problem).toBe('Enter your name as it should appear on certificates.');
    expect(readDisplayName('J')).toEqual({ name: 'J' });
    expect(readDisplayName('𝔸'.repeat(DISPLAY_NAME_MAX_LENGTH))).toEqual({ name: '𝔸'.repeat(DISPLAY_NAME_MAX_LENGTH) });
    expect(readDisplayName(`  ${'a'.repeat(DISPLAY_NAME_MAX_LENGTH)}  `)).toEqual({ name: 'a'.repeat(DISPLAY_NAME_MAX_LENGTH) });
    expect(readDisplayName('a'.repeat(DISPLAY_NAME_MAX_LENGTH + 1)).problem).toBe('A name has at most 100 characters.');
  });

  it('shows an older name with hidden characters written out, on one line and in its own order', () => {
    expect(printableName(SPOOF)).toBe('Jo Bloggs\\u000Ahas completed Advanced Neurosurgery (40 credit hours)');
    expect(printableName('Jo \u202Eelbuod\u202C')).toBe('Jo \\u202Eelbuod\\u202C');
    expect(printableName('Jo\u200BBloggs\uFEFF')).toBe('Jo\\u200BBloggs\\uFEFF');
    expect(printableName('Jo\u{F0000}\uD800')).toBe('Jo\\u{F0000}\\uD800');
    expect(printableName('שרה כהן · Zoé')).toBe('שרה כהן · Zoé');
  });

  it('shows every name it refuses with nothing hidden left in it', () => {
    for (const raw of [SPOOF, 'a\u202Eb', 'a\u2066b', 'a\u200Db', 'a\u00ADb', 'a\uE000b', 'a\u0000b', 'a\u2029b']) {
      const shown = printableName(raw);
      expect(readDisplayName(shown)).toEqual({ name: shown });
    }
  });
});
