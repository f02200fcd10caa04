import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Reference, SourcePassage } from '../catalog/catalog.types';
import { groupRows } from '../common/group-rows';
import { courseReferencesOfQuizzes, passagesCitedByQuizzes } from '../quizzes/quiz-citations.records';
import { attemptsOfLearner, savedAnswersOf } from './attempt-records';
import { regradeNotesOf } from './regrade-records';
import type { QuizAttempt, SavedAnswer } from './attempts.types';

export interface LearnerQuiz {
  userId: string;
  quizId: string;
}

export interface QuestionPassage {
  quizId: string;
  anchor: string;
}

export interface ReviewPassage {
  passage: SourcePassage;
  reviewUrl: string;
}

const learnerQuizKey = ({ userId, quizId }: LearnerQuiz) => `${userId}/${quizId}`;
const questionPassageKey = ({ quizId, anchor }: QuestionPassage) => `${quizId}/${anchor}`;

/** Per-request batching of attempts, their answers and the passages their feedback points to. */
export function createAttemptLoaders(dataSource: DataSource) {
  return {
    ofLearner: new DataLoader<LearnerQuiz, QuizAttempt[], string>(
      async (keys) => {
        const attempts: QuizAttempt[] = [];
        for (const userId of new Set(keys.map((key) => key.userId))) {
          const quizIds = keys.filter((key) => key.userId === userId).map((key) => key.quizId);
          attempts.push(...(await attemptsOfLearner(dataSource, userId, quizIds)));
        }
        return groupRows(keys.map(learnerQuizKey), attempts, learnerQuizKey);
      },
      { cacheKeyFn: learnerQuizKey },
    ),
    savedAnswers: new DataLoader<string, SavedAnswer[]>(async (attemptIds) =>
      groupRows(attemptIds, await savedAnswersOf(dataSource, attemptIds), (answer) => answer.attemptId),
    ),
    /** The regrades that changed each attempt's result, oldest first. */
    regradeNotes: new DataLoader(async (attemptIds: readonly string[]) =>
      groupRows(attemptIds, await regradeNotesOf(dataSource, attemptIds), (note) => note.attemptId),
    ),
    reviewPassage: new DataLoader<QuestionPassage, ReviewPassage | null, string>(
      async (keys) => {
        const rows = await passagesCitedByQuizzes(dataSource, keys);
        const found = new Map(
          rows.map(({ quizId, courseSlug, lessonSlug, passage }) => [
            questionPassageKey({ quizId, anchor: passage.anchor }),
            { passage, reviewUrl: reviewUrl(courseSlug, lessonSlug, passage.anchor) },
          ]),
        );
        return keys.map((key) => found.get(questionPassageKey(key)) ?? null);
      },
      { cacheKeyFn: questionPassageKey },
    ),
    /** The references of the course each quiz belongs to, as its published version lists them. */
    courseReferences: new DataLoader<string, Reference[]>(async (quizIds) => {
      const rows = await courseReferencesOfQuizzes(dataSource, quizIds);
      const found = new Map(rows.map((row) => [row.quizId, row.references]));
      return quizIds.map((id) => found.get(id) ?? []);
    }),
  };
}

export type AttemptLoaders = ReturnType<typeof createAttemptLoaders>;

/** The lesson that first cites the passage, at the passage; the passage alone when no lesson cites it. */
function reviewUrl(courseSlug: string, lessonSlug: string | null, anchor: string): string {
  const course = `/courses/${encodeURIComponent(courseSlug)}`;
  return lessonSlug
    ? `${course}/lessons/${encodeURIComponent(lessonSlug)}#passage-${encodeURIComponent(anchor)}`
    : `${course}/passages/${encodeURIComponent(anchor)}`;
}
