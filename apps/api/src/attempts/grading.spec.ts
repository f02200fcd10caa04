import { gradeAttempt, normaliseText, questionCredit, type GradedQuestion } from './grading';

const question = (fields: Partial<GradedQuestion> & Pick<GradedQuestion, 'type'>): GradedQuestion => ({
  id: 'q',
  options: [],
  numericAnswer: null,
  acceptedAnswers: [],
  ...fields,
});

const options = (correct: string[], all: string[]) => all.map((id) => ({ id, text: id.toUpperCase(), correct: correct.includes(id) }));

describe('grading a question', () => {
  describe('single choice', () => {
    const single = question({ type: 'SINGLE_CHOICE', options: options(['b'], ['a', 'b', 'c']) });

    it('gives full credit for the correct option only', () => {
      expect(questionCredit(single, { optionIds: ['b'] }, 'ALL_OR_NOTHING')).toBe(1);
      expect(questionCredit(single, { optionIds: ['a'] }, 'ALL_OR_NOTHING')).toBe(0);
    });

    it('gives nothing for no answer, an empty choice, or the right option chosen with a wrong one', () => {
      expect(questionCredit(single, undefined, 'ALL_OR_NOTHING')).toBe(0);
      expect(questionCredit(single, { optionIds: [] }, 'ALL_OR_NOTHING')).toBe(0);
      expect(questionCredit(single, { optionIds: ['a', 'b'] }, 'PARTIAL_CREDIT')).toBe(0);
    });
  });

  describe('true or false', () => {
    const trueFalse = question({ type: 'TRUE_FALSE', options: options(['false'], ['true', 'false']) });

    it('gives credit for the right one of the options true and false', () => {
      expect(questionCredit(trueFalse, { optionIds: ['false'] }, 'ALL_OR_NOTHING')).toBe(1);
      expect(questionCredit(trueFalse, { optionIds: ['true'] }, 'ALL_OR_NOTHING')).toBe(0);
    });
  });

  describe('multiple choice', () => {
    const multiple = question({ type: 'MULTIPLE_CHOICE', options: options(['a', 'b', 'c'], ['a', 'b', 'c', 'd', 'e']) });

    it('all or nothing: credit only for exactly the correct options', () => {
      expect(questionCredit(multiple, { optionIds: ['c', 'a', 'b'] }, 'ALL_OR_NOTHING')).toBe(1);
      expect(questionCredit(multiple, { optionIds: ['a', 'b'] }, 'ALL_OR_NOTHING')).toBe(0);
      expect(questionCredit(multiple, { optionIds: ['a', 'b', 'c', 'd'] }, 'ALL_OR_NOTHING')).toBe(0);
    });

    it.each([
      [['a', 'b', 'c'], 1],
      [['a', 'b'], 2 / 3],
      [['a'], 1 / 3],
      [['a', 'b', 'd'], 1 / 3],
      [['a', 'b', 'c', 'd'], 2 / 3],
      [['a', 'd'], 0],
      [['a', 'd', 'e'], 0],
      [['d', 'e'], 0],
    ])('partial credit for %j is (correct chosen - wrong chosen) / correct, at least 0: %d', (chosen, credit) => {
      expect(questionCredit(multiple, { optionIds: chosen }, 'PARTIAL_CREDIT')).toBeCloseTo(credit, 10);
    });

    it('counts an option chosen twice once', () => {
      expect(questionCredit(multiple, { optionIds: ['a', 'a', 'a'] }, 'PARTIAL_CREDIT')).toBeCloseTo(1 / 3, 10);
    });
  });

  describe('numeric', () => {
    const withTolerance = question({ type: 'NUMERIC', numericAnswer: { value: 1.5, tolerance: 0.1 } });
    const exact = question({ type: 'NUMERIC', numericAnswer: { value: 200, tolerance: 0 } });
    const range = question({ type: 'NUMERIC', numericAnswer: { min: 31, max: 39 } });

    it.each([
      ['1.5 ± 0.1', 1.5, 1, withTolerance],
      ['1.5 ± 0.1', 1.4, 1, withTolerance],
      ['1.5 ± 0.1', 1.6, 1, withTolerance],
      ['1.5 ± 0.1', 1.61, 0, withTolerance],
      ['1.5 ± 0.1', 1.39, 0, withTolerance],
      ['exactly 200', 200, 1, exact],
      ['exactly 200', 200.5, 0, exact],
      ['31 to 39', 31, 1, range],
      ['31 to 39', 35.5, 1, range],
      ['31 to 39', 39, 1, range],
      ['31 to 39', 30.99, 0, range],
      ['31 to 39', 39.01, 0, range],
    ])('%s: %d earns %d', (_label, answer, credit, numeric) => {
      expect(questionCredit(numeric, { number: answer }, 'ALL_OR_NOTHING')).toBe(credit);
    });

    it('gives nothing without a number', () => {
      expect(questionCredit(range, { text: '35' }, 'ALL_OR_NOTHING')).toBe(0);
    });
  });

  describe('short text', () => {
    const shortText = question({ type: 'SHORT_TEXT', acceptedAnswers: ['Clostridium botulinum', 'C. botulinum'] });

    it.each([
      ['Clostridium botulinum', 1],
      ['  clostridium   BOTULINUM ', 1],
      ['c.\tbotulinum', 1],
      ['Ｃ． ｂｏｔｕｌｉｎｕｍ', 1],
      ['Clostridium\u00a0botulinum', 1],
      ['botulinum', 0],
      ['', 0],
      ['   ', 0],
    ])('%j gives %d credit', (text, credit) => {
      expect(questionCredit(shortText, { text }, 'ALL_OR_NOTHING')).toBe(credit);
    });

    it('normalises accepted answers the same way as the learner answer', () => {
      const spaced = question({ type: 'SHORT_TEXT', acceptedAnswers: ['  First   Fact '] });
      expect(questionCredit(spaced, { text: 'first fact' }, 'ALL_OR_NOTHING')).toBe(1);
      expect(normaliseText(' ﬁrst\n\nFACT ')).toBe('first fact');
    });
  });
});

describe('grading an attempt', () => {
  const questions: GradedQuestion[] = [
    question({ id: 'one', type: 'SINGLE_CHOICE', options: options(['a'], ['a', 'b']) }),
    question({ id: 'two', type: 'MULTIPLE_CHOICE', options: options(['a', 'b', 'c'], ['a', 'b', 'c', 'd']) }),
    question({ id: 'three', type: 'NUMERIC', numericAnswer: { min: 1, max: 2 } }),
  ];

  it('scores the mean credit as a percentage rounded to two decimals', () => {
    const answers = new Map([
      ['one', { optionIds: ['a'] }],
      ['two', { optionIds: ['a'] }],
    ]);
    const grade = gradeAttempt(questions, answers, { scoring: 'PARTIAL_CREDIT', passingScore: 40 });
    expect(grade.score).toBe(44.44);
    expect(grade.passed).toBe(true);
    expect(Object.fromEntries(grade.credits)).toEqual({ one: 1, two: 1 / 3, three: 0 });
  });

  it('passes at exactly the passing score and fails just below it', () => {
    const answers = new Map([
      ['one', { optionIds: ['a'] }],
      ['two', { optionIds: ['a', 'b', 'c'] }],
    ]);
    expect(gradeAttempt(questions, answers, { scoring: 'ALL_OR_NOTHING', passingScore: 66.67 }).passed).toBe(true);
    expect(gradeAttempt(questions, answers, { scoring: 'ALL_OR_NOTHING', passingScore: 67 }).passed).toBe(false);
  });

  it('scores 0 when nothing was answered and 100 when everything is right', () => {
    expect(gradeAttempt(questions, new Map(), { scoring: 'ALL_OR_NOTHING', passingScore: 0 })).toMatchObject({ score: 0, passed: true });
    const allRight = new Map([
      ['one', { optionIds: ['a'] }],
      ['two', { optionIds: ['a', 'b', 'c'] }],
      ['three', { number: 2 }],
    ]);
    expect(gradeAttempt(questions, allRight, { scoring: 'ALL_OR_NOTHING', passingScore: 100 })).toMatchObject({ score: 100, passed: true });
  });
});
