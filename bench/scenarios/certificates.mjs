// An admin certifies a cohort at once; holders download their PDFs.
import { learnerToken, makeEligible, staffToken } from '../data.mjs';
import { graphql } from '../graphql.mjs';
import { compare } from '../load.mjs';

const ISSUE = `mutation Issue($courseSlug: String!, $userIds: [ID!]!) {
  issueCertificates(courseSlug: $courseSlug, userIds: $userIds) { id total }
}`;

const BATCH = `query Batch($id: ID!) { certificateBatch(id: $id) { status total issued skipped failed } }`;

/** From the request to the batch reporting COMPLETE, as an admin following it would see. */
export async function bulkIssue({ db, platformUrl, course, options }) {
  const userIds = await makeEligible(db, course, { from: options.learners - options.certificates + 1, to: options.learners });
  const admin = staffToken('ADMIN');
  const started = performance.now();
  const { issueCertificates } = await graphql(platformUrl, admin, ISSUE, { courseSlug: course.slug, userIds });
  const giveUpAt = Date.now() + options.bulkIssueTimeoutSeconds * 1000;
  for (;;) {
    const { certificateBatch: batch } = await graphql(platformUrl, admin, BATCH, { id: issueCertificates.id });
    if (batch.status === 'COMPLETE') return { seconds: (performance.now() - started) / 1000, ...batch };
    if (Date.now() > giveUpAt) return { seconds: Infinity, ...batch };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Each holder downloads their own certificate; the baseline renders the same layout from one query. */
export async function certificatePdf({ db, platformUrl, baselineUrl, options }) {
  const { rows } = await db.query(
    `SELECT c.id, substring(u.email FROM 'learner-(\\d+)@')::int AS n FROM certificate c JOIN app_user u ON u.id = c.user_id`,
  );
  if (rows.length === 0) throw new Error('No certificate was issued, so there is no PDF to download.');
  const downloads = () => {
    let index = 0;
    return () => {
      const { id, n } = rows[index++ % rows.length];
      return { path: `/certificates/${id}/certificate.pdf`, headers: { authorization: `Bearer ${learnerToken(n)}` } };
    };
  };
  const run = { connections: options.pdfConnections, duration: options.pdfDuration / options.rounds, verify: (body) => body.startsWith('%PDF') };
  return compare({
    rounds: options.rounds,
    warmup: { duration: options.warmup },
    platform: { ...run, url: platformUrl, next: downloads() },
    baseline: { ...run, url: baselineUrl, next: downloads() },
  });
}
