import type { Reference, SourcePassage } from '../model';
import { fingerprintOf, passageReviewText, referenceReviewText } from './fingerprint';

const passage: SourcePassage = {
  anchor: 'dose-1',
  section: 'Dose',
  text: 'The dose is 155 units.',
  appraisal: { verdict: 'CONSISTENT', correction: null, referenceIds: [] },
};
const reference: Reference = {
  id: 'label',
  title: 'A product label',
  publisher: 'A regulator',
  year: 2023,
  identifier: 'doi:10.0000/label',
  url: 'https://example.org/label',
  readOn: '2026-12-01',
};
const passagePrint = (changed: Partial<SourcePassage>) => fingerprintOf(passageReviewText({ ...passage, ...changed }));
const referencePrint = (changed: Partial<Reference>) => fingerprintOf(referenceReviewText({ ...reference, ...changed }));

describe('fingerprints of what lessons and questions cite', () => {
  it('are 16 hex digits and the same for the same passage', () => {
    expect(passagePrint({})).toMatch(/^[0-9a-f]{16}$/);
    expect(passagePrint({})).toBe(passagePrint({}));
  });

  it('ignore how a passage is wrapped or spaced', () => {
    expect(passagePrint({ text: 'The dose is\n155   units.' })).toBe(passagePrint({}));
  });

  it("change with a passage's text, its verdict or its correction", () => {
    const prints = [
      passagePrint({}),
      passagePrint({ text: 'The dose is 195 units.' }),
      passagePrint({ appraisal: { verdict: 'OUTDATED', correction: 'Now 195 units [ref:label].', referenceIds: ['label'] } }),
      passagePrint({ appraisal: { verdict: 'OUTDATED', correction: 'Now 200 units [ref:label].', referenceIds: ['label'] } }),
    ];
    expect(new Set(prints).size).toBe(prints.length);
  });

  it('show a passage with its appraisal, as lessons show it', () => {
    const appraised = { ...passage, appraisal: { verdict: 'OUTDATED' as const, correction: 'Now 195 units [ref:label].', referenceIds: ['label'] } };
    expect(passageReviewText(appraised)).toBe('The dose is 155 units.\n\nAppraisal: outdated. Now 195 units [ref:label].');
  });

  it.each<[string, Partial<Reference>]>([
    ['title', { title: 'A product label, revised' }],
    ['publisher', { publisher: 'Another regulator' }],
    ['year', { year: 2024 }],
    ['identifier', { identifier: 'doi:10.0000/label-2' }],
    ['url', { url: 'https://example.org/label-2' }],
    ['date read, since a label is revised behind the same address', { readOn: '2026-12-05' }],
  ])("change with a reference's %s", (_, changed) => {
    expect(referencePrint(changed)).not.toBe(referencePrint({}));
  });

  it('show every field of a reference', () => {
    expect(referenceReviewText(reference)).toBe(
      'A product label\nA regulator, 2023\ndoi:10.0000/label\nhttps://example.org/label\nRead 2026-12-01',
    );
  });
});
