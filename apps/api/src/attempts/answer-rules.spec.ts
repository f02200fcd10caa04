import { checkAnswers, type AnswerableQuestion } from './answer-rules';

const questions: AnswerableQuestion[] = [
  { id: 'single', type: 'SINGLE_CHOICE', optionIds: ['a', 'b'] },
  { id: 'multiple', type: 'MULTIPLE_CHOICE', optionIds: ['a', 'b', 'c'] },
  { id: 'true-false', type: 'TRUE_FALSE', optionIds: ['true', 'false'] },
  { id: 'numeric', type: 'NUMERIC', optionIds: [] },
  { id: 'text', type: 'SHORT_TEXT', optionIds: [] },
];

describe('checking answers against the questions of an attempt', () => {
  it('keeps each answer in the one field its question type uses', () => {
    const { answers, problems } = checkAnswers(questions, [
      { questionId: 'single', optionIds: ['b'], number: null, text: null },
      { questionId: 'multiple', optionIds: ['a', 'c'] },
      { questionId: 'true-false', optionIds: [] },
      { questionId: 'numeric', number: 0 },
      { questionId: 'text', text: '' },
    ]);
    expect(problems).toEqual([]);
    expect(answers).toEqual([
      { questionId: 'single', optionIds: ['b'], number: null, text: null },
      { questionId: 'multiple', optionIds: ['a', 'c'], number: null, text: null },
      { questionId: 'true-false', optionIds: [], number: null, text: null },
      { questionId: 'numeric', optionIds: null, number: 0, text: null },
      { questionId: 'text', optionIds: null, number: null, text: '' },
    ]);
  });

  it('numbers problems as the learner sees the questions, and keeps no answer when any is wrong', () => {
    const { answers, problems } = checkAnswers(questions, [
      { questionId: 'single', optionIds: ['a'] },
      { questionId: 'elsewhere', optionIds: ['a'] },
      { questionId: 'multiple', optionIds: ['a', 'a'] },
      { questionId: 'true-false', optionIds: ['true', 'false'] },
      { questionId: 'numeric', number: 1, text: '1' },
      { questionId: 'text' },
      { questionId: 'single', optionIds: ['b'] },
    ]);
    expect(answers).toEqual([]);
    expect(problems).toEqual([
      'Question "elsewhere" is not part of this attempt.',
      'Question 2 lists the same option twice.',
      'Question 3 takes one option, not 2.',
      'Question 4 is answered with a number, and only that.',
      'Question 5 is answered with text, and only that.',
      'Question 1 is answered twice; send one answer per question.',
    ]);
  });
});
