import type { AuthoredQuestion, AuthoredQuiz } from './quiz-authoring.types';
import { changesAnything, describeChanges } from './quiz-changes';

const question = (key: string, prompt = `About ${key}?`) =>
  ({
    id: `${key}-id`,
    key,
    position: 0,
    type: 'SINGLE_CHOICE',
    prompt,
    explanation: 'Because.',
    passageAnchor: 'p-1',
    options: [],
    numericAnswer: null,
    acceptedAnswers: [],
  }) as unknown as AuthoredQuestion;

const version = (number: number, questions: AuthoredQuestion[], settings: Partial<AuthoredQuiz> = {}) =>
  ({ version: number, title: 'Quiz', passingScore: 80, maxAttempts: 3, feedback: 'AFTER_SUBMIT', questions, ...settings }) as AuthoredQuiz;

describe('describing what a new quiz version changes', () => {
  it('names added, changed and archived questions by key, and changed settings by name', () => {
    const before = version(1, [question('a'), question('b'), question('c')]);
    const after = version(2, [question('a'), question('b', 'Reworded?'), question('d')], {
      passingScore: 70,
      maxAttempts: null,
    });
    expect(describeChanges(before, after)).toEqual({
      comparedWithVersion: 1,
      addedQuestions: ['d'],
      changedQuestions: ['b'],
      archivedQuestions: ['c'],
      reordered: false,
      changedSettings: ['passingScore', 'maxAttempts'],
    });
  });

  it('notices questions kept in a different order, and nothing else', () => {
    const changes = describeChanges(version(1, [question('a'), question('b')]), version(2, [question('b'), question('a')]));
    expect(changes).toMatchObject({
      reordered: true,
      addedQuestions: [],
      changedQuestions: [],
      archivedQuestions: [],
      changedSettings: [],
    });
    expect(changesAnything(changes)).toBe(true);
  });

  it('finds nothing to publish in an identical copy', () => {
    const questions = [question('a'), question('b')];
    const copy = questions.map((q) => ({ ...q, id: `${q.id}-copy` }));
    expect(changesAnything(describeChanges(version(1, questions), version(2, copy)))).toBe(false);
  });
});
