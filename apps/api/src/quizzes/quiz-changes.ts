import type { AuthoredQuestion, AuthoredQuiz, QuizChanges } from './quiz-authoring.types';

export const QUIZ_SETTINGS = [
  'title',
  'passingScore',
  'maxAttempts',
  'cooldownSeconds',
  'timeLimitSeconds',
  'drawCount',
  'shuffleQuestions',
  'shuffleOptions',
  'feedback',
  'scoring',
] as const;

export type QuizSetting = (typeof QUIZ_SETTINGS)[number];

function contentOf(question: AuthoredQuestion): string {
  const { type, prompt, explanation, passageAnchor, referenceKeys, options, numericAnswer, acceptedAnswers } = question;
  return JSON.stringify({ type, prompt, explanation, passageAnchor, referenceKeys, options, numericAnswer, acceptedAnswers });
}

/** Questions are matched across versions by key, which an edit never changes. */
export function describeChanges(before: AuthoredQuiz, after: AuthoredQuiz): QuizChanges {
  const earlier = new Map(before.questions.map((question) => [question.key, question]));
  const laterKeys = new Set(after.questions.map((question) => question.key));
  const kept = (keys: string[], among: Set<string>) => keys.filter((key) => among.has(key));
  const earlierOrder = kept(before.questions.map((question) => question.key), laterKeys);
  const laterOrder = kept(after.questions.map((question) => question.key), new Set(earlier.keys()));
  return {
    comparedWithVersion: before.version,
    addedQuestions: after.questions.filter((question) => !earlier.has(question.key)).map((question) => question.key),
    changedQuestions: after.questions
      .filter((question) => earlier.has(question.key) && contentOf(earlier.get(question.key)!) !== contentOf(question))
      .map((question) => question.key),
    archivedQuestions: before.questions.filter((question) => !laterKeys.has(question.key)).map((question) => question.key),
    reordered: earlierOrder.join('\n') !== laterOrder.join('\n'),
    changedSettings: QUIZ_SETTINGS.filter((setting) => before[setting] !== after[setting]),
  };
}

export function changesAnything(changes: QuizChanges): boolean {
  return (
    changes.reordered ||
    [changes.addedQuestions, changes.changedQuestions, changes.archivedQuestions, changes.changedSettings].some((list) => list.length > 0)
  );
}
