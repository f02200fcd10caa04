import type { EntityManager } from 'typeorm';
import { questionsOfVersions } from '../quizzes/quiz-questions';
import type { CheckedAnswer } from './answer-rules';
import type { QuizAttempt, SavedAnswer } from './attempts.types';
import type { GradedQuestion } from './grading';
import type { DrawnQuestion, PoolQuestion } from './question-draw';

/** Seconds after the deadline that a save or submit still counts: requests take time to arrive. */
const DEADLINE_GRACE_SECONDS = 5;

const SELECT_ATTEMPTS = `
  SELECT a.id, a.quiz_id AS "quizId", a.quiz_version_id AS "quizVersionId", a.user_id AS "userId",
         a.attempt_number AS "attemptNumber", a.status, a.questions AS "drawnQuestions",
         a.started_at AS "startedAt", a.deadline, a.submitted_at AS "submittedAt", a.submission_key AS "submissionKey",
         a.score::float8 AS score, a.passed,
         v.feedback AS "feedbackPolicy", v.scoring, v.passing_score AS "passingScore",
         (a.status = 'IN_PROGRESS' AND a.deadline + make_interval(secs => ${DEADLINE_GRACE_SECONDS}) < now()) AS overdue,
         CASE WHEN pv.max_attempts IS NOT NULL THEN GREATEST(pv.max_attempts - (
           SELECT count(*) FROM quiz_attempt o WHERE o.user_id = a.user_id AND o.quiz_id = a.quiz_id), 0)::int END AS "attemptsLeft",
         EXISTS (SELECT 1 FROM quiz_attempt p WHERE p.user_id = a.user_id AND p.quiz_id = a.quiz_id AND p.passed) AS "quizPassed"
    FROM quiz_attempt a
    JOIN quiz_version v ON v.id = a.quiz_version_id
    JOIN quiz q ON q.id = a.quiz_id
    LEFT JOIN quiz_version pv ON pv.id = q.published_version_id`;

type Queryable = Pick<EntityManager, 'query'>;

export async function findAttempt(db: Queryable, attemptId: string): Promise<QuizAttempt | null> {
  const [attempt] = await db.query(`${SELECT_ATTEMPTS} WHERE a.id = $1`, [attemptId]);
  return attempt ?? null;
}

/** Locks the attempt row until the transaction ends: saves and submits of one attempt take turns. */
export async function lockAttempt(manager: EntityManager, attemptId: string): Promise<QuizAttempt | null> {
  const [attempt] = await manager.query(`${SELECT_ATTEMPTS} WHERE a.id = $1 FOR UPDATE OF a`, [attemptId]);
  return attempt ?? null;
}

export function attemptsOfLearner(db: Queryable, userId: string, quizIds: readonly string[]): Promise<QuizAttempt[]> {
  return db.query(`${SELECT_ATTEMPTS} WHERE a.user_id = $1 AND a.quiz_id = ANY($2::uuid[]) ORDER BY a.attempt_number`, [userId, quizIds]);
}

export async function overdueAttemptIds(db: Queryable, userId: string, quizId: string): Promise<string[]> {
  const rows: { id: string }[] = await db.query(
    `SELECT id FROM quiz_attempt
      WHERE user_id = $1 AND quiz_id = $2 AND status = 'IN_PROGRESS'
        AND deadline + make_interval(secs => ${DEADLINE_GRACE_SECONDS}) < now()`,
    [userId, quizId],
  );
  return rows.map((row) => row.id);
}

type QuestionChoices = Pick<GradedQuestion, 'id' | 'type' | 'options'>;

/** What drawing questions and checking answers need of a question: its id, type and option ids. */
function outlineOf({ id, type, options }: QuestionChoices): PoolQuestion {
  return { id, type, optionIds: options.map((option) => option.id) };
}

/** The questions of a quiz version, in the quiz's order. */
export async function questionPool(db: Queryable, quizVersionId: string): Promise<PoolQuestion[]> {
  return (await questionsOfVersions(db, [quizVersionId])).get(quizVersionId)!.map(outlineOf);
}

/** The questions an attempt shows, answer keys included, in the attempt's order. */
export async function questionsOfAttempt(db: Queryable, attempt: QuizAttempt): Promise<GradedQuestion[]> {
  const questions = (await questionsOfVersions(db, [attempt.quizVersionId])).get(attempt.quizVersionId)!;
  const byId = new Map(questions.map((question) => [question.id, question]));
  return attempt.drawnQuestions.map((question) => byId.get(question.questionId)!);
}

const SAVED_ANSWER_COLUMNS = `attempt_id AS "attemptId", question_id AS "questionId", option_ids AS "optionIds",
  number, text, saved_at AS "savedAt", credit::float8 AS credit`;

export function savedAnswersOf(db: Queryable, attemptIds: readonly string[]): Promise<(SavedAnswer & { attemptId: string })[]> {
  return db.query(`SELECT ${SAVED_ANSWER_COLUMNS} FROM attempt_answer WHERE attempt_id = ANY($1::uuid[])`, [attemptIds]);
}

/** A later answer to the same question replaces the earlier one. */
export async function writeAnswers(manager: EntityManager, attemptId: string, answers: CheckedAnswer[]): Promise<void> {
  if (answers.length === 0) return;
  await manager.query(
    `INSERT INTO attempt_answer (attempt_id, question_id, option_ids, number, text)
     SELECT $1, a."questionId", a."optionIds", a.number, a.text
       FROM jsonb_to_recordset($2::jsonb) AS a("questionId" uuid, "optionIds" text[], number float8, text text)
     ON CONFLICT (attempt_id, question_id) DO UPDATE
        SET option_ids = EXCLUDED.option_ids, number = EXCLUDED.number, text = EXCLUDED.text, saved_at = now()`,
    [attemptId, JSON.stringify(answers)],
  );
}

export interface NewAttempt {
  id: string;
  quizId: string;
  quizVersionId: string;
  userId: string;
  attemptNumber: number;
  drawnQuestions: DrawnQuestion[];
  timeLimitSeconds: number | null;
}

export async function insertAttempt(manager: EntityManager, attempt: NewAttempt): Promise<void> {
  await manager.query(
    `INSERT INTO quiz_attempt (id, quiz_id, quiz_version_id, user_id, attempt_number, questions, deadline)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, now() + make_interval(secs => $7::int))`,
    [
      attempt.id,
      attempt.quizId,
      attempt.quizVersionId,
      attempt.userId,
      attempt.attemptNumber,
      JSON.stringify(attempt.drawnQuestions),
      attempt.timeLimitSeconds,
    ],
  );
}
