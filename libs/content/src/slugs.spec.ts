import { citationPattern, toSlug } from './slugs';

describe('citationPattern', () => {
  it('finds every citation in a text, however often it is used', () => {
    const text = 'Produced by a bacterium [§background-1], not serotonin [§migraine-mediation]. Not [§Bad Anchor].';

    expect([...text.matchAll(citationPattern)].map((m) => m[1])).toEqual(['background-1', 'migraine-mediation']);
    expect([...text.matchAll(citationPattern)]).toHaveLength(2);
    expect(text.replace(citationPattern, '<$1>')).toBe(
      'Produced by a bacterium <background-1>, not serotonin <migraine-mediation>. Not [§Bad Anchor].',
    );
  });
});

describe('toSlug', () => {
  it('makes a slug of lowercase words joined by hyphens', () => {
    expect(toSlug('Any risks?')).toBe('any-risks');
    expect(toSlug('  Botox in migraine: the theories ')).toBe('botox-in-migraine-the-theories');
  });
});
