// An instructor reading the cohort report a page at a time, and downloading it whole as CSV.
import { createRequire } from 'node:module';
import { staffToken } from '../data.mjs';
import { graphqlRequest } from '../graphql.mjs';
import { compare } from '../load.mjs';

const require = createRequire(import.meta.url);
const { cohortQuery } = require('../../apps/api/dist/reports/cohort-query.js');
/** Compiling a typed query needs no database: this stands for one that is never queried. */
const statementsOnly = {};

const PAGE = 50;
const COHORT = `query Cohort($slug: String!, $after: String) {
  cohortReport(courseSlug: $slug, first: ${PAGE}, after: $after) {
    edges { node { learnerId name email status percent completedLessons eligibleForCertificate finalExamBestScore
                   enrolledAt lastActivityAt modules { slug title status bestQuizScore } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** Learners spread over the whole cohort, for pages that start anywhere in it. */
async function positions(db, course, count) {
  const { rows } = await db.query(
    `SELECT lower(learner_name) AS key, id FROM enrolment WHERE course_id = $1 ORDER BY random() LIMIT $2`,
    [course.courseId, count],
  );
  return rows;
}

// The report's cursors are opaque to its clients; the bench writes them the way the report does,
// for pages starting at positions a reader would only reach after thousands of pages.
const cursorAfter = ({ key, id }) => Buffer.from(JSON.stringify(['NAME', 'ASC', key, id])).toString('base64url');

export async function cohortPage({ db, platformUrl, baselineUrl, course, options }) {
  const starts = await positions(db, course, 500);
  const token = staffToken('INSTRUCTOR');
  const pages = (request) => {
    let index = 0;
    return () => request(starts[index++ % starts.length]);
  };
  const run = { connections: options.cohortConnections, duration: options.cohortDuration / options.rounds };
  return compare({
    rounds: options.rounds,
    warmup: { duration: options.warmup },
    platform: { ...run, url: platformUrl, next: pages((start) => graphqlRequest(token, COHORT, { slug: course.slug, after: cursorAfter(start) })) },
    baseline: {
      ...run,
      url: baselineUrl,
      next: pages((start) => ({
        path: `/cohort/${course.slug}?after=${encodeURIComponent(JSON.stringify([start.key, start.id]))}`,
        headers: { authorization: `Bearer ${token}` },
      })),
    },
  });
}

const nodesOf = (node) => [node, ...(node.Plans ?? []).flatMap(nodesOf)];

/** EXPLAIN of a page in the middle of the cohort for each ordering: an index walk, no scan of the table, no sort. */
export async function cohortPlans(db, course) {
  const { rows: [middle] } = await db.query(
    `SELECT id, lower(learner_name) AS "NAME", learner_email AS "EMAIL", percent::text AS "PERCENT", last_activity_at::text AS "LAST_ACTIVITY"
       FROM enrolment WHERE course_id = $1 ORDER BY id OFFSET (SELECT count(*) / 2 FROM enrolment WHERE course_id = $1) LIMIT 1`,
    [course.courseId],
  );
  const plans = [];
  for (const field of ['NAME', 'EMAIL', 'PERCENT', 'LAST_ACTIVITY']) {
    const sort = { field, direction: 'ASC' };
    // The statement the API sends, compiled without running: the bench explains it on its own connection.
    const { sql, parameters } = cohortQuery(statementsOnly, course.courseId, {}, sort, [field, 'ASC', middle[field], middle.id])
      .limit(PAGE + 1)
      .compile();
    const { rows: [{ 'QUERY PLAN': [explained] }] } = await db.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, parameters);
    const types = nodesOf(explained.Plan).map((node) => node['Node Type']);
    plans.push({ field, indexOnly: !types.includes('Seq Scan') && !types.includes('Sort'), milliseconds: explained['Execution Time'] });
  }
  return plans;
}

/** The whole cohort as CSV, read as fast as it comes; the API's memory is watched while it streams. */
export async function csvExport({ platformUrl, course, sampler }) {
  const window = sampler.window();
  const started = performance.now();
  const response = await fetch(`${platformUrl}/reports/courses/${course.slug}/cohort.csv`, {
    headers: { authorization: `Bearer ${staffToken('INSTRUCTOR')}` },
  });
  if (!response.ok) throw new Error(`The CSV export answered ${response.status}.`);
  let lines = 0;
  for await (const chunk of response.body) {
    for (const byte of chunk) if (byte === 10) lines++;
  }
  return { rows: lines - 1, seconds: (performance.now() - started) / 1000, growthMb: window.close() };
}
