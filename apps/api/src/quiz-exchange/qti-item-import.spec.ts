import { strToU8 } from 'fflate';
import { FOREIGN_ITEMS } from './qti-foreign-fixtures';
import { readAssessmentItem, type ItemReading } from './qti-item-import';
import { parseXml } from './qti-package-reading';
import { checkAgainstSchema, ITEM_SCHEMA } from './qti-schema-fixtures';

const NO_CITATIONS = { passageAnchor: null, referenceKeys: [] };
const read = (file: string): ItemReading => readAssessmentItem(parseXml(file, strToU8(FOREIGN_ITEMS[file])), NO_CITATIONS, file);
const imported = (file: string) => {
  const reading = read(file);
  if ('refused' in reading) throw new Error(`${file} was refused: ${reading.refused.join(' ')}`);
  return reading.imported;
};
const refusal = (file: string) => {
  const reading = read(file);
  return 'refused' in reading ? reading.refused.join(' ') : null;
};

describe('reading QTI 3.0 items written by other tools', () => {
  it('reads items that pass the 1EdTech QTI 3.0 schema', async () => {
    expect(await checkAgainstSchema(ITEM_SCHEMA, FOREIGN_ITEMS)).toEqual({ valid: true, errors: [] });
  }, 30_000);

  it('takes a two-choice True/False item with processing spelled out as a true/false question, leaving out per-choice feedback', () => {
    const { key, question, notes } = imported('true-false.xml');
    expect(key).toBe('octahedron-tf');
    expect(question).toMatchObject({
      type: 'TRUE_FALSE',
      prompt: 'An octahedron has twelve faces.',
      explanation: 'An octahedron has eight faces.',
      options: [
        { id: 'true', text: 'True', correct: false },
        { id: 'false', text: 'False', correct: true },
      ],
    });
    expect(notes).toEqual([
      'feedback shown only for particular answers',
      'its feedback becomes the explanation every learner reads after submitting, whatever they answered',
    ]);
  });

  it('takes the mapped choices of a multiple-response item without a correct response as its correct options', () => {
    const { question, notes } = imported('materials.xml');
    expect(question.type).toBe('MULTIPLE_CHOICE');
    expect(question.prompt).toBe('Which uses suit aluminium alloy?');
    expect(question.options).toEqual([
      { id: 'a', text: 'Aircraft', correct: true },
      { id: 'i', text: 'Irrigation pipes', correct: true },
      { id: 'c', text: 'Cultivator tines', correct: false },
    ]);
    expect(notes).toContain('its own points per option (the quiz scores it by its scoring rule)');
  });

  it('takes a text entry of a string as short text and one of a float within an uneven tolerance as a numeric range', () => {
    const capital = imported('capital.xml');
    expect(capital.question).toMatchObject({ type: 'SHORT_TEXT', prompt: 'The capital of France is _____.', acceptedAnswers: ['Paris'] });
    expect(capital.notes).toContain('its exact comparison (answers here are compared ignoring case and spacing)');
    expect(imported('boiling.xml').question).toMatchObject({ type: 'NUMERIC', numericAnswer: { min: 99, max: 102 } });
  });

  it('refuses, with the reason, what no question here can hold', () => {
    expect(refusal('hotspot.xml')).toBe('Its hotspot interaction has no counterpart among the question types here (single, multiple and true/false choice, numeric, short text).');
    expect(refusal('order.xml')).toMatch(/^Its order interaction has no counterpart/);
    expect(refusal('pictured.xml')).toBe('It shows an image, which questions here cannot show.');
    expect(refusal('scored-elsewhere.xml')).toMatch(/^Its response processing template \(.*map_response_point\.xml\) is not one this import reads/);
  });

  it('leaves the explanation empty when an item has none, for authoring to refuse', () => {
    expect(imported('unexplained.xml').question.explanation).toBe('');
  });

  it('refuses an item of QTI 2.1, whose namespace and element names differ', () => {
    const qti21 = '<assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="old" title="old" adaptive="false" timeDependent="false"/>';
    const reading = readAssessmentItem(parseXml('old.xml', strToU8(qti21)), NO_CITATIONS, 'old');
    expect(reading).toEqual({ refused: ['It is not a QTI 3.0 assessment item: its root is "assessmentItem" in the namespace "http://www.imsglobal.org/xsd/imsqti_v2p1".'] });
  });
});
