import { describe, expect, it } from 'vitest';
import { buildAuthoredQuestion } from '../../test/quiz-factory';
import { draftOf, draftProblems, emptyDraft, newOption, newQuestionInput, questionInput, type QuestionDraft } from './question-draft';

const draft = (changes: Partial<QuestionDraft>): QuestionDraft => ({
  ...emptyDraft(),
  prompt: 'Which organism produces botulinum toxin?',
  explanation: 'The source names Clostridium botulinum.',
  passageAnchor: 'background-1',
  ...changes,
});
const option = (id: string, text: string, correct = false) => ({ id, text, correct });

describe('question rules', () => {
  it.each<[string, Partial<QuestionDraft>, string]>([
    [
      'two correct options in a single-choice question',
      { options: [option('a', 'A', true), option('b', 'B', true)] },
      'A single-choice question needs exactly one correct option, not 2.',
    ],
    [
      'no correct option in a single-choice question',
      { options: [option('a', 'A'), option('b', 'B')] },
      'A single-choice question needs exactly one correct option, not 0.',
    ],
    [
      'no correct option in a multiple-choice question',
      { type: 'MULTIPLE_CHOICE', options: [option('a', 'A'), option('b', 'B')] },
      'A multiple-choice question needs at least one correct option.',
    ],
    ['a single option', { options: [option('a', 'A', true)] }, 'A choice question needs at least 2 options, not 1.'],
    ['an option without text', { options: [option('a', 'A', true), option('b', ' ')] }, 'Every option needs text.'],
  ])('refuses %s, in the server’s words', (_, changes, problem) => {
    expect(draftProblems(draft(changes), false)).toEqual({ options: problem });
  });

  it('asks for a numeric range whose min is not above its max', () => {
    expect(draftProblems(draft({ type: 'NUMERIC', numericForm: 'RANGE', min: 39, max: 31 }), false)).toEqual({
      min: "The range's min (39) is greater than its max (31).",
    });
    expect(draftProblems(draft({ type: 'NUMERIC', numericForm: 'RANGE', min: 31, max: NaN }), false)).toEqual({
      max: 'A numeric range needs both min and max.',
    });
    expect(draftProblems(draft({ type: 'NUMERIC', numericForm: 'VALUE', value: 35, tolerance: -1 }), false)).toEqual({
      tolerance: 'The tolerance cannot be negative.',
    });
  });

  it('asks for the prompt, the explanation, the passage, accepted answers and a true-or-false answer', () => {
    expect(draftProblems({ ...emptyDraft(), type: 'SHORT_TEXT', acceptedAnswers: ' \n ' }, true)).toEqual({
      prompt: 'Write the question itself (the prompt).',
      acceptedAnswers: 'A short-text question needs at least one accepted answer.',
      explanation: 'Write an explanation: learners read it after submitting.',
      passageAnchor: 'Cite what supports the answer: a passage of the source, a reference of the course, or both.',
    });
    expect(draftProblems(draft({ type: 'TRUE_FALSE' }), false)).toEqual({
      statementIsTrue: 'Choose whether the statement is true or false.',
    });
    expect(draftProblems(draft({ key: 'Toxin Source', options: [option('a', 'A', true), option('b', 'B')] }), true)).toEqual({
      key: 'A question key is lower-case words joined by dashes, such as toxin-source.',
    });
  });

  it('takes references instead of a passage, and sends them as keys', () => {
    const cited = draft({ passageAnchor: ' ', referenceKeys: 'botox-label, ichd-3  preempt-pooled', options: [option('a', 'A', true), option('b', 'B')] });
    expect(draftProblems(cited, false)).toEqual({});
    expect(questionInput(cited)).toMatchObject({ passageAnchor: null, referenceKeys: ['botox-label', 'ichd-3', 'preempt-pooled'] });
  });

  it('sends only the answer fields of the question’s type', () => {
    expect(questionInput(draft({ type: 'TRUE_FALSE', statementIsTrue: false }))).toEqual({
      type: 'TRUE_FALSE',
      prompt: 'Which organism produces botulinum toxin?',
      explanation: 'The source names Clostridium botulinum.',
      passageAnchor: 'background-1',
      referenceKeys: [],
      options: [
        { id: 'true', text: 'True', correct: false },
        { id: 'false', text: 'False', correct: true },
      ],
    });
    expect(questionInput(draft({ type: 'NUMERIC', value: 35 })).numericAnswer).toEqual({ value: 35, tolerance: 0 });
    const shortText = draft({
      type: 'SHORT_TEXT',
      key: 'organism-name',
      acceptedAnswers: 'C. botulinum\n\n Clostridium botulinum ',
    });
    expect(newQuestionInput(shortText)).toMatchObject({
      key: 'organism-name',
      acceptedAnswers: ['C. botulinum', 'Clostridium botulinum'],
    });
  });

  it('opens a saved question as it was written', () => {
    const numeric = buildAuthoredQuestion('sites', {
      type: 'NUMERIC',
      options: [],
      numericAnswer: { value: null, tolerance: null, min: 31, max: 39 },
    });
    expect(draftOf(numeric)).toMatchObject({ type: 'NUMERIC', numericForm: 'RANGE', min: 31, max: 39 });
    const trueFalse = buildAuthoredQuestion('recent', {
      type: 'TRUE_FALSE',
      options: [option('true', 'True'), option('false', 'False', true)],
    });
    expect(draftOf(trueFalse).statementIsTrue).toBe(false);
  });

  it('gives new options random ids that say nothing of the order they were added in', () => {
    const options = emptyDraft().options;
    for (let added = 0; added < 4; added += 1) options.push(newOption(options));
    const ids = options.map((option) => option.id);
    expect(ids.every((id) => /^[a-z0-9]{12}$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    const firstSortsFirst = Array.from({ length: 50 }, () => emptyDraft().options).filter(([first, second]) => first.id < second.id);
    expect(firstSortsFirst.length).toBeGreaterThan(10);
    expect(firstSortsFirst.length).toBeLessThan(40);
  });
});
