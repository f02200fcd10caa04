// Generated learners, set-based: every statement covers a whole range of learners at once.
// Learner n has the email learner-n@bench.example and the session token `bench-learner-n`.
import { createHash } from 'node:crypto';

const FIRST = ['Avery', 'Blake', 'Casey', 'Drew', 'Emery', 'Finley', 'Gray', 'Harper', 'Indigo', 'Jordan', 'Kai', 'Logan', 'Morgan',
  'Noa', 'Oakley', 'Parker'];
const LAST = ['Adams', 'Brown', 'Chen', 'Diaz', 'Evans', 'Fischer', 'García', 'Hughes', 'Ivanova', 'Jones', 'Kowalski', 'Lee', 'Moreau',
  'Nguyen', 'Okafor', 'Patel', 'Quinn', 'Rossi', 'Singh', 'Tanaka'];

export const learnerToken = (n) => `bench-learner-${n}`;
export const staffToken = (role) => `bench-${role.toLowerCase()}`;
const tokenHash = (token) => createHash('sha256').update(token).digest('hex');

/** The published version of a course, its lessons in reading order and its quizzes. */
export async function courseFacts(db, slug) {
  const { rows: [course] } = await db.query(
    `SELECT c.id AS "courseId", v.id AS "versionId", v.final_quiz_id AS "finalQuizId"
       FROM course c JOIN course_version v ON v.id = c.published_version_id WHERE c.slug = $1`,
    [slug],
  );
  if (!course) throw new Error(`No published course has the slug ${slug}.`);
  const { rows: lessons } = await db.query(
    `SELECT l.id, l.slug, m.slug AS "moduleSlug", m.position AS "modulePosition"
       FROM lesson l JOIN course_module m ON m.id = l.module_id WHERE l.course_version_id = $1 ORDER BY m.position, l.position`,
    [course.versionId],
  );
  const { rows: quizzes } = await db.query(
    `SELECT q.id AS "quizId", v.id AS "versionId", v.passing_score AS "passingScore", v.draw_count AS "drawCount",
            v.time_limit_seconds AS "timeLimitSeconds"
       FROM course_module m JOIN quiz q ON q.id = m.quiz_id JOIN quiz_version v ON v.id = q.published_version_id
      WHERE m.course_version_id = $1 ORDER BY m.position`,
    [course.versionId],
  );
  return { ...course, slug, lessons, moduleQuizzes: quizzes };
}

/** An instructor and an admin with live sessions. */
export async function addStaff(db) {
  for (const role of ['INSTRUCTOR', 'ADMIN']) {
    await db.query(
      `WITH u AS (INSERT INTO app_user (email, name, password_hash, roles) VALUES ($1, $2, 'no-password', $3) RETURNING id)
       INSERT INTO session (user_id, token_hash, expires_at) SELECT id, $4, now() + interval '14 days' FROM u`,
      [`${role.toLowerCase()}@bench.example`, `Bench ${role.toLowerCase()}`, [role], tokenHash(staffToken(role))],
    );
  }
}

/**
 * Admins act only with two-factor sign-in on. The bench's admin has it on, with a secret that no
 * code is ever checked against; it is not sealed under SECRETS_KEY, so it stays out of the staff
 * rows the backup journey shares (`addStaff`), whose platform could not open it.
 */
export async function turnOnAdminTwoFactor(db) {
  await db.query(
    `INSERT INTO two_factor (user_id, sealed_secret, enabled_at) SELECT id, 'not-a-secret', now() FROM app_user WHERE email = 'admin@bench.example'`,
  );
}

/**
 * Learners `from` to `to`, each with a session and an enrolment, about `completionsPerLearner`
 * lessons completed (spread ±3) and `attemptsPerLearner` graded module quiz attempts. The
 * enrolment summary columns are set as the cohort report reads them.
 */
export async function addLearners(db, course, { from, to, completionsPerLearner, attemptsPerLearner }) {
  const lessonCount = course.lessons.length;
  await db.query('BEGIN');
  await db.query(`CREATE TEMP TABLE bench_lesson (ordinal int, id uuid, slug text, module_slug text, module_position int) ON COMMIT DROP`);
  await db.query(
    `INSERT INTO bench_lesson SELECT * FROM jsonb_to_recordset($1::jsonb)
       AS l(ordinal int, id uuid, slug text, "moduleSlug" text, "modulePosition" int)`,
    [JSON.stringify(course.lessons.map((lesson, index) => ({ ordinal: index + 1, ...lesson })))],
  );
  await db.query(
    `CREATE TEMP TABLE bench_batch ON COMMIT DROP AS
     SELECT n, greatest(0, least($3::int, $4::int + abs(hashint4(n)) % 7 - 3)) AS done,
            now() - (abs(hashint4(n + 1)) % 7776000) * interval '1 second' AS active_at
       FROM generate_series($1::int, $2::int) n`,
    [from, to, lessonCount, completionsPerLearner],
  );
  await db.query(
    `INSERT INTO app_user (email, name, password_hash, roles, created_at)
     SELECT 'learner-' || n || '@bench.example', ($1::text[])[1 + n % cardinality($1)] || ' ' || ($2::text[])[1 + (n / 7) % cardinality($2)],
            'no-password', ARRAY['LEARNER'], active_at - interval '60 days'
       FROM bench_batch`,
    [FIRST, LAST],
  );
  await db.query(`ALTER TABLE bench_batch ADD COLUMN user_id uuid`);
  await db.query(`UPDATE bench_batch b SET user_id = u.id FROM app_user u WHERE u.email = 'learner-' || b.n || '@bench.example'`);
  await db.query(
    `INSERT INTO session (user_id, token_hash, expires_at)
     SELECT user_id, encode(sha256(convert_to('bench-learner-' || n, 'UTF8')), 'hex'), now() + interval '14 days' FROM bench_batch`,
  );
  await db.query(
    `INSERT INTO enrolment (user_id, course_id, summary_version_id, enrolled_at, last_activity_at, last_lesson_slug,
                            completed_lessons, percent, status, module_progress)
     SELECT b.user_id, $1, $2, b.active_at - interval '30 days', b.active_at, l.slug, b.done,
            round(100.0 * b.done / ($3::int + $4::int + 1), 1), CASE WHEN b.done = 0 THEN 'NOT_STARTED' ELSE 'IN_PROGRESS' END,
            (SELECT jsonb_agg(jsonb_build_object('slug', m.module_slug, 'bestQuizScore', NULL, 'status',
                      CASE WHEN b.done >= m.first THEN 'IN_PROGRESS' ELSE 'NOT_STARTED' END) ORDER BY m.module_position)
               FROM (SELECT module_slug, module_position, min(ordinal) AS first FROM bench_lesson GROUP BY 1, 2) m)
       FROM bench_batch b LEFT JOIN bench_lesson l ON l.ordinal = b.done`,
    [course.courseId, course.versionId, lessonCount, course.moduleQuizzes.length],
  );
  await db.query(
    `INSERT INTO lesson_completion (user_id, course_id, lesson_slug, lesson_id, completed_at, time_spent_seconds)
     SELECT b.user_id, $1, l.slug, l.id, b.active_at - (b.done - l.ordinal) * interval '1 hour', 60 + abs(hashint4(b.n + l.ordinal)) % 900
       FROM bench_batch b JOIN bench_lesson l ON l.ordinal <= b.done`,
    [course.courseId],
  );
  await db.query(
    `INSERT INTO quiz_attempt (id, quiz_id, quiz_version_id, user_id, attempt_number, status, questions, started_at, submitted_at, score, passed)
     SELECT gen_random_uuid(), q."quizId", q."versionId", b.user_id, (i - 1) / cardinality($1::jsonb[]) + 1, 'SUBMITTED', q.drawn,
            b.active_at - i * interval '1 day', b.active_at - i * interval '1 day' + interval '9 minutes', s.score, s.score >= q."passingScore"
       FROM bench_batch b
      CROSS JOIN generate_series(1, $2::int) i
       JOIN (SELECT x.*, o FROM unnest($1::jsonb[]) WITH ORDINALITY AS u(quiz, o)
              CROSS JOIN LATERAL jsonb_to_record(u.quiz) AS x("quizId" uuid, "versionId" uuid, "passingScore" int, drawn jsonb)) q
         ON q.o = (i - 1) % cardinality($1::jsonb[]) + 1
      CROSS JOIN LATERAL (SELECT (abs(hashint4(b.n * 31 + i)) % 101)::numeric AS score) s`,
    [await drawnQuizzes(db, course.moduleQuizzes), attemptsPerLearner],
  );
  await db.query('COMMIT');
}

/** An attempt's own random id for each option of question `q`, as the API gives them when it starts an attempt. */
const SHOWN_OPTION_IDS = `(SELECT coalesce(jsonb_agg(replace(gen_random_uuid()::text, '-', '')), '[]') FROM jsonb_array_elements(q.options) o)`;

/** Each quiz with every question drawn in order, as a finished attempt records them. */
async function drawnQuizzes(db, quizzes) {
  const { rows } = await db.query(
    `SELECT v.id, jsonb_agg(jsonb_build_object('questionId', q.id, 'optionIds',
              (SELECT coalesce(jsonb_agg(o->>'id'), '[]') FROM jsonb_array_elements(q.options) o), 'shownOptionIds', ${SHOWN_OPTION_IDS})
              ORDER BY q.position) AS drawn
       FROM quiz_version v JOIN question q ON q.quiz_version_id = v.id WHERE v.id = ANY($1::uuid[]) GROUP BY v.id`,
    [quizzes.map((quiz) => quiz.versionId)],
  );
  const drawn = new Map(rows.map((row) => [row.id, row.drawn]));
  return quizzes.map((quiz) => JSON.stringify({ ...quiz, drawn: drawn.get(quiz.versionId) }));
}

/**
 * An open attempt at the final exam for each learner `from` to `to`, drawn as the quiz's rules
 * say (a rotating window of its questions), with answers of the right kind for every question.
 */
export async function openFinalExamAttempts(db, course, { from, to }) {
  const { rows } = await db.query(
    `WITH quiz AS (
       SELECT q.id AS quiz_id, v.id AS version_id, v.time_limit_seconds, v.draw_count,
              (SELECT count(*) FROM question WHERE quiz_version_id = v.id)::int AS total
         FROM quiz q JOIN quiz_version v ON v.id = q.published_version_id WHERE q.id = $1)
     INSERT INTO quiz_attempt (id, quiz_id, quiz_version_id, user_id, attempt_number, questions, deadline)
     SELECT gen_random_uuid(), quiz.quiz_id, quiz.version_id, u.id,
            1 + (SELECT count(*) FROM quiz_attempt p WHERE p.user_id = u.id AND p.quiz_id = quiz.quiz_id),
            d.drawn, now() + make_interval(secs => quiz.time_limit_seconds)
       FROM quiz CROSS JOIN generate_series($2::int, $3::int) n
       JOIN app_user u ON u.email = 'learner-' || n || '@bench.example'
      CROSS JOIN LATERAL (
        SELECT jsonb_agg(jsonb_build_object('questionId', q.id, 'optionIds',
                 (SELECT coalesce(jsonb_agg(o->>'id'), '[]') FROM jsonb_array_elements(q.options) o), 'shownOptionIds', ${SHOWN_OPTION_IDS})
                 ORDER BY (q.position + n) % quiz.total) AS drawn
          FROM question q
         WHERE q.quiz_version_id = quiz.version_id AND (q.position + n) % quiz.total < coalesce(quiz.draw_count, quiz.total)) d
     RETURNING id, user_id`,
    [course.finalQuizId, from, to],
  );
  const { rows: types } = await db.query(
    `SELECT q.id, q.type FROM quiz x JOIN question q ON q.quiz_version_id = x.published_version_id WHERE x.id = $1`,
    [course.finalQuizId],
  );
  const typeOf = new Map(types.map((row) => [row.id, row.type]));
  const { rows: attempts } = await db.query(
    `SELECT a.id, a.questions, substring(u.email FROM 'learner-(\\d+)@')::int AS n
       FROM quiz_attempt a JOIN app_user u ON u.id = a.user_id WHERE a.id = ANY($1::uuid[]) ORDER BY n`,
    [rows.map((row) => row.id)],
  );
  return attempts.map(({ id, questions, n }) => ({
    attemptId: id,
    token: learnerToken(n),
    answers: questions.map(({ questionId, shownOptionIds }) => answerFor(questionId, typeOf.get(questionId), shownOptionIds)),
  }));
}

function answerFor(questionId, type, optionIds) {
  if (type === 'NUMERIC') return { questionId, number: 155 };
  if (type === 'SHORT_TEXT') return { questionId, text: 'botulinum toxin' };
  return { questionId, optionIds: optionIds.slice(0, type === 'MULTIPLE_CHOICE' ? 2 : 1) };
}

/** Learners `from` to `to` completed the course and accepted its attestation: eligible for a certificate. */
export async function makeEligible(db, course, { from, to }) {
  const { rows } = await db.query(
    `WITH chosen AS (SELECT u.id FROM generate_series($2::int, $3::int) n JOIN app_user u ON u.email = 'learner-' || n || '@bench.example'),
          done AS (UPDATE enrolment e SET status = 'COMPLETE', percent = 100, eligible_for_certificate = true, completed_at = now()
                     FROM chosen WHERE e.user_id = chosen.id AND e.course_id = $1 RETURNING e.user_id)
     INSERT INTO certificate_attestation (user_id, course_id, course_version_id, statement)
     SELECT user_id, $1, $4, 'I completed this activity myself.' FROM done RETURNING user_id AS id`,
    [course.courseId, from, to, course.versionId],
  );
  return rows.map((row) => row.id);
}

/**
 * Credit on every certificate issued so far, claimed after the holder evaluated the course, as
 * claimCredit leaves it; answers how many were claimed.
 */
export async function claimCertificateCredits(db) {
  await db.query(
    `INSERT INTO course_evaluation (user_id, course_id, course_version_id)
     SELECT user_id, course_id, course_version_id FROM certificate ON CONFLICT DO NOTHING`,
  );
  const { rowCount } = await db.query(
    `INSERT INTO credit_claim (certificate_id, user_id, course_id, course_version_id, credit_type, amount, measured_minutes, attested, profession)
     SELECT id, user_id, course_id, course_version_id, 'AMA_PRA_CATEGORY_1', 1.5, 90, false, 'PHYSICIAN' FROM certificate
     ON CONFLICT DO NOTHING`,
  );
  return rowCount;
}

/** `perLearner` credits earned elsewhere for each of learners 1 to `learners`, over the last two years, in slices. */
export async function addExternalCredits(db, { learners, perLearner }) {
  const slice = 25_000;
  for (let from = 1; from <= learners; from += slice) {
    await db.query(
      `INSERT INTO external_credit (user_id, activity_title, provider, credit_type, amount, completed_on)
       SELECT u.id, 'Outside activity ' || i, 'Regional society ' || (n % 40),
              (ARRAY['AMA_PRA_CATEGORY_1','NURSING_CONTACT_HOURS','PHARMACY','PARTICIPATION'])[1 + (n + i) % 4],
              0.25 * (1 + abs(hashint4(n * 13 + i)) % 12), current_date - abs(hashint4(n * 31 + i)) % 730
         FROM generate_series($1::int, $2::int) n
         JOIN app_user u ON u.email = 'learner-' || n || '@bench.example'
        CROSS JOIN generate_series(1, $3::int) i`,
      [from, Math.min(learners, from + slice - 1), perLearner],
    );
  }
  await db.query('ANALYZE external_credit');
}
