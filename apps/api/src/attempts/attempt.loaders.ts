import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Reference, SourcePassage } from '../catalog/catalog.types';
import { PASSAGE_JSON, REFERENCE_JSON } from '../catalog/course-content';
import { groupRows } from '../common/group-rows';
import { attemptsOfLearner, savedAnswersOf } from './attempt-records';
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
    reviewPassage: new DataLoader<QuestionPassage, ReviewPassage | null, string>(
      async (keys) => {
        const rows: { quizId: string; courseSlug: string; lessonSlug: string | null; passage: SourcePassage }[] = await dataSource.query(
          `SELECT k.quiz_id AS "quizId", c.slug AS "courseSlug", ${PASSAGE_JSON} AS passage, citing.slug AS "lessonSlug"
             FROM unnest($1::uuid[], $2::text[]) AS k(quiz_id, anchor)
             JOIN quiz q ON q.id = k.quiz_id
             JOIN course c ON c.id = q.course_id
             JOIN source_passage p ON p.course_version_id = c.published_version_id AND p.anchor = k.anchor
             LEFT JOIN LATERAL (
               SELECT l.slug FROM lesson_passage lp
                 JOIN lesson l ON l.id = lp.lesson_id
                 JOIN course_module m ON m.id = l.module_id
                WHERE lp.passage_id = p.id
                ORDER BY m.position, l.position LIMIT 1) citing ON true`,
          [keys.map((key) => key.quizId), keys.map((key) => key.anchor)],
        );
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
      const rows: { quizId: string; references: Reference[] }[] = await dataSource.query(
        `SELECT q.id AS "quizId",
                COALESCE((SELECT json_agg(${REFERENCE_JSON} ORDER BY r.position)
                            FROM course_reference r WHERE r.course_version_id = c.published_version_id), '[]') AS "references"
           FROM quiz q JOIN course c ON c.id = q.course_id
          WHERE q.id = ANY($1::uuid[])`,
        [quizIds],
      );
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
