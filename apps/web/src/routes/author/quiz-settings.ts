import type { FeedbackPolicy, QuizSettingsInput, ScoringRule } from '../../gql/graphql';
import type { EditedQuiz } from './edited-quiz';

/** The settings in the words the settings form uses; a change summary names them the same way. */
export const settingLabels: Record<string, string> = {
  title: 'title',
  passingScore: 'pass mark',
  maxAttempts: 'attempts allowed',
  cooldownSeconds: 'wait between attempts',
  timeLimitSeconds: 'time limit',
  drawCount: 'questions per attempt',
  shuffleQuestions: 'question order',
  shuffleOptions: 'option order',
  feedback: 'feedback',
  scoring: 'scoring',
};

/** As the settings form holds them: minutes rather than seconds, NaN for an empty field. */
export interface SettingsDraft {
  title: string;
  passingScore: number;
  maxAttempts: number;
  cooldownMinutes: number;
  timeLimitMinutes: number;
  drawCount: number;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  feedback: FeedbackPolicy;
  scoring: ScoringRule;
}

export type SettingsProblems = Partial<Record<keyof SettingsDraft, string>>;

const given = (value: number) => Number.isFinite(value);
const orEmpty = (value: number | null | undefined) => value ?? NaN;
const orNull = (value: number) => (given(value) ? value : null);

export function settingsDraftOf(quiz: EditedQuiz): SettingsDraft {
  return {
    title: quiz.title,
    passingScore: quiz.passingScore,
    maxAttempts: orEmpty(quiz.maxAttempts),
    cooldownMinutes: quiz.cooldownSeconds / 60,
    timeLimitMinutes: quiz.timeLimitSeconds == null ? NaN : quiz.timeLimitSeconds / 60,
    drawCount: orEmpty(quiz.drawCount),
    shuffleQuestions: quiz.shuffleQuestions,
    shuffleOptions: quiz.shuffleOptions,
    feedback: quiz.feedback,
    scoring: quiz.scoring,
  };
}

/** The server's rules for settings (apps/api/src/quizzes/quiz-authoring.inputs.ts), by field. */
export function settingsProblems(draft: SettingsDraft): SettingsProblems {
  const problems: SettingsProblems = {};
  if (draft.title.trim() === '') problems.title = 'Give the quiz a title.';
  else if (draft.title.trim().length > 200) problems.title = 'A title has at most 200 characters.';
  if (!given(draft.passingScore) || draft.passingScore < 0 || draft.passingScore > 100) {
    problems.passingScore = 'The passing score is between 0 and 100.';
  }
  if (given(draft.maxAttempts) && draft.maxAttempts < 1) {
    problems.maxAttempts = 'Allow at least 1 attempt, or leave the field empty for unlimited attempts.';
  }
  if (given(draft.cooldownMinutes) && draft.cooldownMinutes < 0) problems.cooldownMinutes = 'The wait cannot be negative.';
  if (given(draft.timeLimitMinutes) && Math.round(draft.timeLimitMinutes * 60) < 1) {
    problems.timeLimitMinutes = 'A time limit is longer than 0 minutes; leave the field empty for none.';
  }
  if (given(draft.drawCount) && draft.drawCount < 1) {
    problems.drawCount = 'Draw at least 1 question, or leave the field empty to show them all.';
  }
  return problems;
}

export function settingsInput(draft: SettingsDraft): QuizSettingsInput {
  const seconds = (minutes: number) => (given(minutes) ? Math.round(minutes * 60) : null);
  return {
    title: draft.title.trim(),
    passingScore: draft.passingScore,
    maxAttempts: orNull(draft.maxAttempts),
    cooldownSeconds: seconds(draft.cooldownMinutes) ?? 0,
    timeLimitSeconds: seconds(draft.timeLimitMinutes),
    drawCount: orNull(draft.drawCount),
    shuffleQuestions: draft.shuffleQuestions,
    shuffleOptions: draft.shuffleOptions,
    feedback: draft.feedback,
    scoring: draft.scoring,
  };
}
