import type { DataSource } from 'typeorm';
import { findAttempt } from '../attempts/attempt-records';
import { ShownOptions } from '../attempts/shown-options';

interface Answer {
  questionId: string;
  optionIds?: string[] | null;
}

/**
 * Tests know the answer key by the quiz file's option ids (`a`, `true`); learners see only the
 * attempt's own ids. This gives, for one attempt, the ids it shows for authored options: what a
 * learner who read the options and chose those would send.
 */
export async function optionsOfAttempt(dataSource: DataSource, attemptId: string) {
  const shown = new ShownOptions((await findAttempt(dataSource, attemptId))!.drawnQuestions);
  return {
    ids: (questionId: string, authoredIds: string[]) => shown.shown(questionId, authoredIds),
    answers: <T extends Answer>(answers: T[]): T[] =>
      answers.map((answer) => (answer.optionIds ? { ...answer, optionIds: shown.shown(answer.questionId, answer.optionIds) } : answer)),
  };
}
