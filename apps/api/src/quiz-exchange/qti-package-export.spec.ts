import { strFromU8, unzipSync } from 'fflate';
import { ScoringRuleName } from '../quizzes/quiz-authoring.types';
import { quizOfEveryKind } from './qti-exchange-fixtures';
import { qtiPackage } from './qti-package-export';
import { checkAgainstSchema, ITEM_SCHEMA, MANIFEST_SCHEMA } from './qti-schema-fixtures';

const unpacked = (scoring?: ScoringRuleName) =>
  Object.fromEntries(Object.entries(unzipSync(qtiPackage(quizOfEveryKind(scoring)))).map(([name, bytes]) => [name, strFromU8(bytes)]));

describe('a quiz exported as a QTI 3.0 content package', () => {
  it('holds a manifest, one assessment test and one assessment item per question', () => {
    expect(Object.keys(unpacked()).sort()).toEqual([
      'assessment-test.xml',
      'imsmanifest.xml',
      'items/dose-site.xml',
      'items/muscles.xml',
      'items/repeat-interval.xml',
      'items/sites-range.xml',
      'items/total-units.xml',
      'items/toxin-name.xml',
    ]);
  });

  it("passes the 1EdTech QTI 3.0 schemas: every item and the test against ASI, the manifest against QTI 3.0's content packaging", async () => {
    for (const scoring of [ScoringRuleName.PARTIAL_CREDIT, ScoringRuleName.ALL_OR_NOTHING]) {
      const { 'imsmanifest.xml': manifest, ...assessment } = unpacked(scoring);
      expect(await checkAgainstSchema(ITEM_SCHEMA, assessment)).toEqual({ valid: true, errors: [] });
      expect(await checkAgainstSchema(MANIFEST_SCHEMA, { 'imsmanifest.xml': manifest })).toEqual({ valid: true, errors: [] });
    }
  }, 60_000);

  it('is refused by the same schemas when an item breaks them, so the check above can fail', async () => {
    const item = unpacked()['items/dose-site.xml'].replace('<qti-item-body>', '<qti-item-body><qti-hotspot/>');
    const check = await checkAgainstSchema(ITEM_SCHEMA, { 'items/dose-site.xml': item });
    expect(check.valid).toBe(false);
    expect(check.errors.join('\n')).toMatch(/qti-hotspot/);
  }, 30_000);

  it('lists each item in the manifest by the QTI 3.0 resource types, with what the question cites', () => {
    const manifest = unpacked()['imsmanifest.xml'];
    expect(manifest).toContain('type="imsqti_test_xmlv3p0" href="assessment-test.xml"');
    expect(manifest.match(/type="imsqti_item_xmlv3p0"/g)).toHaveLength(6);
    expect(manifest).toMatch(/<imsmd:catalog>reference<\/imsmd:catalog>\s*<imsmd:entry>sample-label<\/imsmd:entry>/);
  });

  it('writes each answer key and scoring rule in standard QTI terms', () => {
    const files = unpacked();
    expect(files['items/dose-site.xml']).toMatch(/<qti-correct-response>\s*<qti-value>choice-a<\/qti-value>\s*<\/qti-correct-response>/);
    expect(files['items/dose-site.xml']).toContain('rptemplates/match_correct.xml');
    expect(files['items/muscles.xml']).toContain('rptemplates/map_response.xml');
    expect(files['items/muscles.xml']).toContain('<qti-map-entry map-key="choice-3" mapped-value="-0.5"/>');
    expect(unpacked(ScoringRuleName.ALL_OR_NOTHING)['items/muscles.xml']).toContain('rptemplates/match_correct.xml');
    expect(files['items/total-units.xml']).toContain('<qti-equal tolerance-mode="absolute" tolerance="0.5 0.5">');
    expect(files['items/sites-range.xml']).toMatch(/<qti-gte>[\s\S]*>31<[\s\S]*<qti-lte>[\s\S]*>39</);
    expect(files['items/toxin-name.xml']).toContain('<qti-map-entry map-key="Botox" mapped-value="1" case-sensitive="false"/>');
    expect(files['items/dose-site.xml']).toContain('Which site is injected &lt;first&gt; &amp; why "so"?');
    expect(files['assessment-test.xml']).toContain('<qti-selection select="5"/>');
  });
});
