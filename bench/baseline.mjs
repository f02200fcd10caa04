// The yardstick: plain node:http and pg, no framework, the same data as the platform. Reads are
// one hand-written SQL statement per request; a quiz submission is the same writes in one
// transaction (PostgreSQL runs every data-modifying WITH clause, read or not). Grading and the
// PDF layout are the platform's own functions, so the difference measured is everything around
// them. Run with DATABASE_URL and PORT set.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import pg from 'pg';

const require = createRequire(import.meta.url);
const { gradeAttempt } = require('../apps/api/dist/attempts/grading.js');
const { renderCertificatePdf } = require('../apps/api/dist/certificates/certificate-pdf.js');

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 20 });
const COHORT_PAGE = 50;

const VIEWER = `SELECT s.user_id FROM session s WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()`;

const COURSE_PAGE = `
  WITH viewer AS (${VIEWER}),
  c AS (SELECT c.id, c.slug, v.id AS version_id, v.version, v.title, v.summary, v.credit_hours, v.source_title
          FROM course c JOIN course_version v ON v.id = c.published_version_id WHERE c.slug = $2),
  done AS (SELECT l.lesson_slug, l.completed_at FROM lesson_completion l, viewer, c WHERE l.user_id = viewer.user_id AND l.course_id = c.id),
  best AS (SELECT a.quiz_id, max(a.score)::float8 AS score, bool_or(a.passed) AS passed, count(*)::int AS used
             FROM quiz_attempt a, viewer WHERE a.user_id = viewer.user_id AND a.status <> 'IN_PROGRESS' GROUP BY a.quiz_id)
  SELECT json_build_object('data', json_build_object('course', json_build_object(
    'id', c.id, 'slug', c.slug, 'title', c.title, 'summary', c.summary, 'creditHours', c.credit_hours, 'version', c.version,
    'sourceTitle', c.source_title,
    'modules', (SELECT json_agg(json_build_object('id', m.id, 'slug', m.slug, 'title', m.title, 'position', m.position,
                  'objectives', m.objectives,
                  'lessons', (SELECT json_agg(json_build_object('id', l.id, 'slug', l.slug, 'title', l.title, 'position', l.position)
                                ORDER BY l.position) FROM lesson l WHERE l.module_id = m.id)) ORDER BY m.position)
                  FROM course_module m WHERE m.course_version_id = c.version_id),
    'myProgress', (SELECT json_build_object('status', e.status, 'percent', e.percent, 'lastActivityAt', e.last_activity_at,
                     'completedLessons', (SELECT count(*) FROM done),
                     'modules', (SELECT json_agg(json_build_object('slug', m.slug, 'quizPassed', b.passed, 'bestQuizScore', b.score,
                                   'attemptsUsed', b.used,
                                   'lessons', (SELECT json_agg(json_build_object('slug', l.slug, 'completed', d.completed_at IS NOT NULL,
                                                 'completedAt', d.completed_at) ORDER BY l.position)
                                                 FROM lesson l LEFT JOIN done d ON d.lesson_slug = l.slug WHERE l.module_id = m.id))
                                   ORDER BY m.position)
                                   FROM course_module m LEFT JOIN best b ON b.quiz_id = m.quiz_id WHERE m.course_version_id = c.version_id))
                     FROM enrolment e, viewer WHERE e.user_id = viewer.user_id AND e.course_id = c.id))))::text AS body
    FROM c`;

const COHORT = `
  SELECT json_agg(row_to_json(page))::text AS body FROM (
    SELECT e.id, e.user_id AS "learnerId", e.learner_name AS name, e.learner_email AS email, e.status, e.percent::float8 AS percent,
           e.completed_lessons AS "completedLessons", e.eligible_for_certificate AS "eligibleForCertificate",
           e.module_progress AS modules, e.final_exam_best_score::float8 AS "finalExamBestScore", e.enrolled_at AS "enrolledAt",
           e.last_activity_at AS "lastActivityAt", e.completed_at AS "completedAt"
      FROM enrolment e
     WHERE e.course_id = (SELECT id FROM course WHERE slug = $2)
       AND EXISTS (SELECT 1 FROM session s JOIN app_user u ON u.id = s.user_id
                    WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.roles && ARRAY['INSTRUCTOR','ADMIN'])
       AND (lower(e.learner_name), e.id) > ($3::text, $4::uuid)
     ORDER BY lower(e.learner_name), e.id LIMIT ${COHORT_PAGE + 1}) page`;

const ATTEMPT_TO_GRADE = `
  SELECT a.id, a.user_id AS "userId", a.quiz_id AS "quizId", q.course_id AS "courseId", qv.title, qv.scoring,
         qv.passing_score AS "passingScore",
         (SELECT json_agg(json_build_object('id', k.id, 'type', k.type, 'options', k.options, 'numericAnswer', k.numeric_answer,
                  'acceptedAnswers', k.accepted_answers))
            FROM question k WHERE k.id IN (SELECT (d->>'questionId')::uuid FROM jsonb_array_elements(a.questions) d)) AS questions
    FROM quiz_attempt a JOIN quiz q ON q.id = a.quiz_id JOIN quiz_version qv ON qv.id = a.quiz_version_id
   WHERE a.id = $1 AND a.status = 'IN_PROGRESS' AND a.user_id = (${VIEWER.replace('$1', '$2')})
   FOR UPDATE OF a`;

const GRADED_WRITES = `
  WITH answers AS (
         INSERT INTO attempt_answer (attempt_id, question_id, option_ids, number, text, credit)
         SELECT $1, a."questionId", a."optionIds", a.number, a.text, a.credit
           FROM jsonb_to_recordset($2::jsonb) AS a("questionId" uuid, "optionIds" text[], number float8, text text, credit float8)
         RETURNING 1),
       closed AS (
         UPDATE quiz_attempt SET status = 'SUBMITTED', submitted_at = now(), score = $3, passed = $4 WHERE id = $1 RETURNING submitted_at),
       event AS (
         INSERT INTO learning_event (actor_id, verb, object_type, object_id, object_name, course_id, result, occurred_at)
         SELECT $5, 'SUBMITTED', 'QUIZ_ATTEMPT', $1, $7, $6, jsonb_build_object('score', $3::numeric, 'passed', $4::boolean), submitted_at
           FROM closed RETURNING 1)
  UPDATE enrolment SET last_activity_at = now(), final_exam_best_score = greatest(final_exam_best_score, $3::numeric)
   WHERE user_id = $5 AND course_id = $6`;

const CERTIFICATE = `
  SELECT c.code, c.holder_name AS "holderName", c.course_title AS "courseTitle", c.credit_hours::float8 AS "creditHours",
         c.issued_at AS "issuedAt", c.expires_at AS "expiresAt"
    FROM certificate c WHERE c.id = $1 AND c.user_id = (${VIEWER.replace('$1', '$2')})`;

// A learner's transcript: claimed credit (not on revoked certificates) and credit earned elsewhere, oldest first, with totals by type.
const TRANSCRIPT = `
  WITH viewer AS (${VIEWER}),
  entries AS (
    SELECT cc.certificate_id AS id, 'PLATFORM' AS source, c.course_title AS title,
           coalesce(v.accreditation->>'provider', 'Practitioner Training Platform') AS provider, cc.credit_type AS type,
           cc.amount::float8 AS amount, to_char(cc.claimed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, c.code, 0 AS rank
      FROM viewer JOIN credit_claim cc ON cc.user_id = viewer.user_id
      JOIN certificate c ON c.id = cc.certificate_id AND c.revoked_at IS NULL
      JOIN course_version v ON v.id = cc.course_version_id
    UNION ALL
    SELECT x.id, 'SELF_REPORTED', x.activity_title, x.provider, x.credit_type, x.amount::float8, to_char(x.completed_on, 'YYYY-MM-DD'), NULL, 1
      FROM viewer JOIN external_credit x ON x.user_id = viewer.user_id)
  SELECT json_build_object('data', json_build_object('myTranscript', json_build_object(
    'entries', (SELECT coalesce(json_agg(json_build_object('id', id, 'source', source, 'activityTitle', title, 'provider', provider,
                  'creditType', type, 'amount', amount, 'date', day, 'certificateCode', code) ORDER BY day, rank), '[]') FROM entries),
    'totals', (SELECT coalesce(json_agg(json_build_object('creditType', type, 'platform', platform, 'selfReported', elsewhere,
                  'combined', platform + elsewhere) ORDER BY type), '[]')
                 FROM (SELECT type, coalesce(sum(amount) FILTER (WHERE source = 'PLATFORM'), 0) AS platform,
                              coalesce(sum(amount) FILTER (WHERE source = 'SELF_REPORTED'), 0) AS elsewhere
                         FROM entries GROUP BY type) t))))::text AS body`;

const hashOf = (request) => createHash('sha256').update((request.headers.authorization ?? '').replace(/^Bearer /, '')).digest('hex');

async function readJson(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

async function submit(request) {
  const { attemptId, answers } = await readJson(request);
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const { rows: [attempt] } = await client.query(ATTEMPT_TO_GRADE, [attemptId, hashOf(request)]);
    if (!attempt) {
      await client.query('ROLLBACK');
      return null;
    }
    const grade = gradeAttempt(attempt.questions, new Map(answers.map((answer) => [answer.questionId, answer])), attempt);
    const credited = answers.map((answer) => ({ ...answer, credit: grade.credits.get(answer.questionId) ?? 0 }));
    await client.query(GRADED_WRITES, [
      attemptId, JSON.stringify(credited), grade.score, grade.passed, attempt.userId, attempt.courseId, attempt.title,
    ]);
    await client.query('COMMIT');
    return JSON.stringify({ data: { submitQuizAttempt: { id: attemptId, status: 'SUBMITTED', score: grade.score, passed: grade.passed } } });
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

async function certificatePdf(request, id) {
  const { rows: [certificate] } = await pool.query(CERTIFICATE, [id, hashOf(request)]);
  if (!certificate) return null;
  const verifyUrl = `http://localhost/verify/${certificate.code}`;
  return renderCertificatePdf({ ...certificate, issuerName: 'Practitioner Training Platform', verifyUrl });
}

async function route(request) {
  const url = new URL(request.url, 'http://baseline');
  if (url.pathname === '/health') return { body: '{"status":"ok"}' };
  if (request.method === 'POST' && url.pathname === '/course') {
    const { slug } = await readJson(request);
    const { rows: [row] } = await pool.query(COURSE_PAGE, [hashOf(request), slug]);
    return row && { body: row.body };
  }
  if (request.method === 'POST' && url.pathname === '/submit') {
    const body = await submit(request);
    return body && { body };
  }
  if (url.pathname.startsWith('/cohort/')) {
    const [name, id] = JSON.parse(url.searchParams.get('after'));
    const { rows: [row] } = await pool.query(COHORT, [hashOf(request), url.pathname.slice('/cohort/'.length), name, id]);
    return { body: row.body ?? '[]' };
  }
  if (url.pathname === '/transcript') {
    const { rows: [row] } = await pool.query(TRANSCRIPT, [hashOf(request)]);
    return { body: row.body };
  }
  const pdf = url.pathname.match(/^\/certificates\/([0-9a-f-]{36})\/certificate\.pdf$/);
  if (pdf) {
    const body = await certificatePdf(request, pdf[1]);
    return body && { body, type: 'application/pdf' };
  }
  return null;
}

createServer((request, response) => {
  route(request).then(
    (answer) => {
      response.writeHead(answer ? 200 : 404, { 'content-type': answer?.type ?? 'application/json' });
      response.end(answer?.body ?? '{"error":"not found"}');
    },
    (error) => {
      response.writeHead(500, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: error.message }));
    },
  );
}).listen(Number(process.env.PORT), '127.0.0.1');
