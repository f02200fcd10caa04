import { answerKeyOf, publishProblems, questionProblems, type QuestionProposal } from './question-rules';

const citable = { passageAnchors: new Set(['background-1', 'dosing-2']), referenceKeys: new Set(['botox-label']) };
const singleChoice: QuestionProposal = {
  type: 'SINGLE_CHOICE',
  prompt: 'Which organism produces botulinum toxin?',
  explanation: 'The source names Clostridium botulinum.',
  passageAnchor: 'background-1',
  options: [
    { id: 'a', text: 'Clostridium botulinum', correct: true },
    { id: 'b', text: 'Staphylococcus aureus', correct: false },
  ],
};
const problems = (change: Partial<QuestionProposal>) => questionProblems({ ...singleChoice, ...change }, citable);
const option = (id: string, correct = false) => ({ id, text: id.toUpperCase(), correct });

describe('checking a question an instructor writes', () => {
  it('accepts a well-formed question of each type', () => {
    expect(problems({})).toEqual([]);
    expect(problems({ type: 'MULTIPLE_CHOICE' })).toEqual([]);
    expect(problems({ type: 'TRUE_FALSE', options: [option('true'), option('false', true)] })).toEqual([]);
    expect(problems({ type: 'NUMERIC', options: null, numericAnswer: { value: 155, tolerance: 5 } })).toEqual([]);
    expect(problems({ type: 'NUMERIC', options: [], numericAnswer: { min: 31, max: 39 } })).toEqual([]);
    expect(problems({ type: 'SHORT_TEXT', options: null, acceptedAnswers: ['C. botulinum'] })).toEqual([]);
  });

  it('accepts a question citing a reference of the course instead of a passage', () => {
    expect(problems({ passageAnchor: null, referenceKeys: ['botox-label'] })).toEqual([]);
    expect(problems({ referenceKeys: ['botox-label'] })).toEqual([]);
  });

  it.each<[string, Partial<QuestionProposal>, string]>([
    [
      'a blank prompt',
      { prompt: ' ' },
      'Write the question itself (the prompt).',
    ],
    [
      'a passage the course does not have',
      { passageAnchor: 'dosing-9' },
      `The passage "dosing-9" is not in the course's current source; choose one of its passage anchors.`,
    ],
    [
      'neither a passage nor a reference',
      { passageAnchor: null, referenceKeys: [] },
      'Cite what supports the answer: a passage of the source, a reference of the course, or both.',
    ],
    [
      'a reference the course does not list',
      { referenceKeys: ['old-review'] },
      `The reference "old-review" is not in the course's references; choose one of their keys.`,
    ],
    [
      'two correct options in single choice',
      { options: [option('a', true), option('b', true)] },
      'A single-choice question needs exactly one correct option, not 2.',
    ],
    [
      'no correct option in multiple choice',
      { type: 'MULTIPLE_CHOICE', options: [option('a'), option('b')] },
      'A multiple-choice question needs at least one correct option.',
    ],
    [
      'one option',
      { options: [option('a', true)] },
      'A choice question needs at least 2 options, not 1.',
    ],
    [
      'an option id used twice',
      { options: [option('a', true), option('a')] },
      'Two options use the id "a"; each option needs its own.',
    ],
    [
      'an option without text',
      { options: [option('a', true), { ...option('b'), text: ' ' }] },
      'Every option needs text.',
    ],
    [
      'true/false with other options',
      { type: 'TRUE_FALSE' },
      'A true/false question has the options "true" and "false", exactly one of them correct.',
    ],
    [
      'a numeric question without an answer',
      { type: 'NUMERIC', options: null },
      'A numeric question needs its answer: a value with a tolerance, or a range from min to max.',
    ],
    [
      'a range with min above max',
      { type: 'NUMERIC', options: null, numericAnswer: { min: 16, max: 15 } },
      "The range's min (16) is greater than its max (15).",
    ],
    [
      'a range missing its max',
      { type: 'NUMERIC', options: null, numericAnswer: { min: 16 } },
      'A numeric range needs both min and max.',
    ],
    [
      'a value and a range',
      { type: 'NUMERIC', options: null, numericAnswer: { value: 1, min: 0, max: 2 } },
      'Give either a value with a tolerance, or a range from min to max, not both.',
    ],
    [
      'a negative tolerance',
      { type: 'NUMERIC', options: null, numericAnswer: { value: 1, tolerance: -1 } },
      'The tolerance cannot be negative.',
    ],
    [
      'options on a numeric question',
      { type: 'NUMERIC', numericAnswer: { value: 1 } },
      'Only choice and true/false questions have options.',
    ],
    [
      'no accepted answers',
      { type: 'SHORT_TEXT', options: null, acceptedAnswers: [] },
      'A short-text question needs at least one accepted answer.',
    ],
    [
      'a blank accepted answer',
      { type: 'SHORT_TEXT', options: null, acceptedAnswers: ['x', ' '] },
      'An accepted answer cannot be blank.',
    ],
    [
      'accepted answers on a choice question',
      { acceptedAnswers: ['a'] },
      'Only short-text questions have accepted answers.',
    ],
    [
      'a numeric answer on a choice question',
      { numericAnswer: { value: 1 } },
      'Only numeric questions have a numeric answer.',
    ],
  ])('explains what is wrong with %s', (_case, change, message) => {
    expect(problems(change)).toEqual([message]);
  });

  it('keeps only the answer fields of the question type, with a missing tolerance as 0', () => {
    expect(answerKeyOf({ ...singleChoice, type: 'NUMERIC', options: null, numericAnswer: { value: 3, tolerance: null } })).toEqual({
      options: [],
      numericAnswer: { value: 3, tolerance: 0 },
      acceptedAnswers: [],
    });
    const shortText = answerKeyOf({ ...singleChoice, type: 'SHORT_TEXT', options: null, acceptedAnswers: [' C. botulinum '] });
    expect(shortText.acceptedAnswers).toEqual(['C. botulinum']);
    expect(answerKeyOf(singleChoice)).toEqual({ options: singleChoice.options, numericAnswer: null, acceptedAnswers: [] });
  });
});

describe('checking a quiz before it is published', () => {
  it('needs a question, and no more drawn per attempt than there are', () => {
    expect(publishProblems(0, null)).toEqual(['A quiz needs at least one question before it can be published.']);
    expect(publishProblems(3, 4)).toEqual([
      'The quiz draws 4 questions per attempt but has only 3; lower the draw count or add questions.',
    ]);
    expect(publishProblems(3, 3)).toEqual([]);
    expect(publishProblems(3, null)).toEqual([]);
  });
});
