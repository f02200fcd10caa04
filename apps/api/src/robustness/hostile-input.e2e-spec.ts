import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { isNonNullType } from 'graphql';
import fc from 'fast-check';
import request from 'supertest';
import { hashSessionToken, newSessionToken } from '../auth/session-token';
import { isClientCode } from '../common/errors';
import { ContentImportService } from '../content-import/content-import.service';
import { createAccount, type TestAccount } from '../testing/factories';
import { createTestApp, fixturesRoot, type TestApp } from '../testing/test-app';
import type { Role } from '../auth/policy.decorators';
import { hostileCalls, type KnownValues } from './hostile-input-fixtures';
import { knownAttackCalls } from './known-attacks';
import { operationsOf, requestBody, type HostileCall, type Operation } from './operations';

type Actor = 'anonymous' | 'learner' | 'instructor' | 'reviewer' | 'admin';

const ACTORS: Actor[] = ['anonymous', 'learner', 'instructor', 'reviewer', 'admin'];
const ROLES: Record<Exclude<Actor, 'anonymous'>, Role[]> = { learner: ['LEARNER'], instructor: ['INSTRUCTOR'], reviewer: ['REVIEWER'], admin: ['ADMIN'] };
const RUNS_PER_OPERATION_AND_ACTOR = 12;

/** Every refusal names what went wrong in a code a client can act on; the database is up, so none asks for a retry. */
const isClearRefusal = (code: unknown) => isClientCode(code) && code !== 'SERVICE_UNAVAILABLE';

/** The database invariants that no sequence of calls may break; each query lists the rows that break one. */
const INVARIANTS: Record<string, string> = {
  'one active certificate per learner and course': `SELECT user_id, course_id FROM certificate
     WHERE revoked_at IS NULL AND superseded_at IS NULL GROUP BY 1, 2 HAVING count(*) > 1`,
  'one open attempt per learner and quiz': `SELECT user_id, quiz_id FROM quiz_attempt WHERE status = 'IN_PROGRESS' GROUP BY 1, 2 HAVING count(*) > 1`,
  'attempts within the limit of their quiz version': `SELECT a.id FROM quiz_attempt a JOIN quiz_version v ON v.id = a.quiz_version_id
     WHERE a.attempt_number > v.max_attempts`,
  'graded attempts have a score and graded answers': `SELECT a.id FROM quiz_attempt a LEFT JOIN attempt_answer x ON x.attempt_id = a.id
     WHERE a.status <> 'IN_PROGRESS' AND (a.score IS NULL OR a.passed IS NULL OR a.submitted_at IS NULL OR x.credit IS NULL AND x.attempt_id IS NOT NULL)`,
  'progress within 0 to 100 %': `SELECT e.id FROM enrolment e LEFT JOIN LATERAL jsonb_array_elements(e.module_progress) m ON true
     WHERE e.percent NOT BETWEEN 0 AND 100 OR (m->>'percent')::numeric NOT BETWEEN 0 AND 100`,
};

/** What is wrong with a reply, if anything: a server error, or an error without a clear code and message. */
function unclearReply(status: number, body: { message?: string; errors?: { message?: string; extensions?: { code?: string } }[] }) {
  if (status >= 500) return `HTTP ${status}: ${JSON.stringify(body).slice(0, 300)}`;
  // The body parser refuses oversized requests before GraphQL sees them, in GraphQL's shape.
  if (status === 413) return body.message || body.errors?.[0]?.extensions?.code === 'PAYLOAD_TOO_LARGE' ? null : 'HTTP 413 without a message';
  const vague = body.errors?.find((error) => !error.message || !isClearRefusal(error.extensions?.code));
  return vague ? `the error ${JSON.stringify(vague).slice(0, 300)}` : null;
}

function writesBetween(before: Record<string, string>, after: Record<string, string>): string | null {
  const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
  return changed.length ? `a refused call changed ${changed.join(', ')}` : null;
}

/**
 * A row as a refused call must leave it. A session's last use is noted by whatever request comes
 * with it, refused or not, as a rate limit counts every try: that is left out.
 */
function rowText(table: string): string {
  return table === 'session' ? '(t.id, t.user_id, t.token_hash, t.created_at, t.expires_at, t.revoked_at)::text' : 't::text';
}

describe('hostile input to every operation', () => {
  let api: TestApp;
  const accounts = {} as Record<Exclude<Actor, 'anonymous'>, TestAccount>;
  let tables: string[];
  let sent = 0;

  beforeAll(async () => {
    api = await createTestApp({ dataDir: mkdtempSync(path.join(tmpdir(), 'hostile-input-')) });
    await new ContentImportService(api.dataSource).importRoot(fixturesRoot);
    for (const actor of Object.keys(ROLES) as (keyof typeof ROLES)[]) accounts[actor] = await createAccount(api.dataSource, ROLES[actor]);
    await giveOtherLearnerRealRows();
    tables = (
      await api.dataSource.query(
        `SELECT table_name AS name FROM information_schema.tables
          WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('migrations', 'rate_limit')
          ORDER BY 1`,
      )
    ).map((table: { name: string }) => table.name);
  });
  afterAll(async () => {
    process.stdout.write(`Hostile input: ${sent} generated calls sent.\n`);
    await api.close();
  });

  /** Another learner with an open attempt, finished lessons and a certificate: ids the actors must not reach. */
  async function giveOtherLearnerRealRows() {
    const other = await createAccount(api.dataSource, ['LEARNER']);
    const [course] = await api.dataSource.query(`SELECT id, published_version_id AS "versionId" FROM course WHERE slug = 'sample-course'`);
    const [{ id: quizId }] = await api.dataSource.query(`SELECT id FROM quiz WHERE slug = 'basics-quiz'`);
    await api.graphql('mutation($quizId: ID!) { startQuizAttempt(quizId: $quizId) { id } }', { quizId }, other.token);
    await api.graphql('mutation($quizId: ID!) { startQuizAttempt(quizId: $quizId) { id } }', { quizId }, accounts.learner.token);
    await api.dataSource.query(
      `UPDATE enrolment SET status = 'COMPLETE', percent = 100, completed_at = now() WHERE user_id = $1 AND course_id = $2`,
      [other.id, course.id],
    );
    await api.graphql('mutation { acceptAttestation(courseSlug: "sample-course") { acceptedAt } }', {}, other.token);
    const issued = await api.graphql(
      'mutation($userId: ID!) { issueCertificates(userIds: [$userId], courseSlug: "sample-course") { id } }',
      { userId: other.id },
      accounts.admin.token,
    );
    expect(issued.errors).toBeUndefined();
  }

  /** The option ids the attempts show their learners: the actor's own, and another learner's that must not count for the actor. */
  async function shownOptionIds(): Promise<string[]> {
    const ids = new Set<string>();
    const token = await tokenFor('admin');
    for (const { id } of await api.dataSource.query(`SELECT id::text FROM quiz_attempt ORDER BY started_at LIMIT 5`)) {
      const { data } = await api.graphql('query($id: ID!) { attempt(id: $id) { questions { options { id } } } }', { id }, token);
      for (const question of data?.attempt?.questions ?? []) for (const option of question.options) ids.add(option.id);
    }
    return [...ids];
  }

  async function knownValues(): Promise<KnownValues> {
    const idsOf = async (table: string) => (await api.dataSource.query(`SELECT id::text FROM ${table}`)).map((row: { id: string }) => row.id);
    const column = async (query: string) => (await api.dataSource.query(query)).map((row: { value: string }) => row.value);
    const quizFiles = await Promise.all(
      ['01-basics.yaml', 'final.yaml'].map((file) => readFile(path.join(fixturesRoot, 'courses/sample-course/quizzes', file), 'utf8')),
    );
    return {
      ids: {
        quiz: await idsOf('quiz'),
        question: await idsOf('question'),
        attempt: await idsOf('quiz_attempt'),
        lesson: await idsOf('lesson'),
        certificate: await idsOf('certificate'),
        user: await idsOf('app_user'),
        option: ['a', 'b', 'c', 'true', 'false', ...(await shownOptionIds())],
      },
      texts: {
        slug: await column(`SELECT slug AS value FROM course UNION SELECT slug FROM quiz`),
        anchor: await column(`SELECT DISTINCT anchor AS value FROM source_passage`),
        email: await column(`SELECT email AS value FROM app_user`),
        key: ['first-fact', 'points', 'retry-1'],
        yaml: quizFiles,
      },
    };
  }

  /** A live session with the actor's role, whatever earlier calls did to its roles or sessions. */
  async function tokenFor(actor: Actor): Promise<string | undefined> {
    if (actor === 'anonymous') return undefined;
    const account = accounts[actor];
    await api.dataSource.query(`UPDATE app_user SET roles = $2 WHERE id = $1 AND roles <> $2`, [account.id, ROLES[actor]]);
    const [live] = await api.dataSource.query(`SELECT 1 FROM session WHERE token_hash = $1 AND revoked_at IS NULL`, [
      hashSessionToken(account.token),
    ]);
    if (!live) {
      account.token = newSessionToken();
      await api.dataSource.query(`INSERT INTO session (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 day')`, [
        account.id,
        hashSessionToken(account.token),
      ]);
    }
    return account.token;
  }

  /** Row count and content digest of every table; bulk issues and regrades run in the background, so they finish first. */
  async function snapshot(): Promise<Record<string, string>> {
    for (let waited = 0; waited < 10_000; waited += 100) {
      const [{ running }] = await api.dataSource.query(
        `SELECT (SELECT count(*) FROM certificate_batch WHERE finished_at IS NULL) + (SELECT count(*) FROM regrade WHERE finished_at IS NULL) AS running`,
      );
      if (Number(running) === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const rows: { name: string; state: string }[] = await api.dataSource.query(
      tables
        .map((table) => `SELECT '${table}' AS name, count(*) || ':' || md5(coalesce(string_agg(${rowText(table)}, '|' ORDER BY ${rowText(table)}), '')) AS state FROM ${table} t`)
        .join(' UNION ALL '),
    );
    return Object.fromEntries(rows.map((row) => [row.name, row.state]));
  }

  async function send(call: HostileCall, token: string | undefined) {
    const post = request(api.app.getHttpServer()).post('/graphql').set('content-type', 'application/json').set(call.headers ?? {});
    if (token) post.set('authorization', `Bearer ${token}`);
    sent++;
    return post.send(requestBody(call));
  }

  /** What is wrong with the answer to a call, if anything; a refused mutation must also have written nothing. */
  async function faultOf({ kind, field }: Operation, call: HostileCall, token: string | undefined): Promise<string | null> {
    const before = kind === 'mutation' ? await snapshot() : null;
    const { status, body } = await send(call, token);
    const refused = status !== 200 || (body.errors?.length ?? 0) > 0;
    const fault =
      unclearReply(status, body) ??
      (refused && before ? writesBetween(before, await snapshot()) : null) ??
      (!refused && body.data?.[field.name] == null && isNonNullType(field.type) ? 'neither data nor an error' : null);
    return fault && `${field.name} as ${JSON.stringify(call.variables).slice(0, 200)}: ${fault}`;
  }

  it.each(ACTORS)('answers every operation called as %s with data or a clear code, and a refused mutation writes nothing', async (actor) => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    for (const operation of operationsOf(schema)) {
      await fc.assert(
        fc.asyncProperty(hostileCalls(operation, await knownValues()), async (call) => {
          const fault = await faultOf(operation, call, await tokenFor(actor));
          if (fault) throw new Error(`as ${actor}, ${fault}`);
        }),
        { numRuns: RUNS_PER_OPERATION_AND_ACTOR, endOnFailure: true },
      );
    }
  }, 300_000);

  it('answers each known attack in every text argument of every operation, and a value 10,000 levels deep in every argument, with a clear code', async () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const known = await knownValues();
    const realText = (name: string) => Object.entries(known.texts).find(([word]) => name.toLowerCase().includes(word))?.[1][0] ?? 'text';
    const faults: string[] = [];
    for (const operation of operationsOf(schema)) {
      for (const call of knownAttackCalls(operation, realText)) {
        const fault = await faultOf(operation, call, await tokenFor('admin'));
        if (fault) faults.push(fault);
      }
    }
    expect(faults).toEqual([]);
  }, 300_000);

  it('leaves the database invariants holding', async () => {
    const broken: Record<string, unknown[]> = {};
    for (const [name, query] of Object.entries(INVARIANTS)) broken[name] = await api.dataSource.query(query);
    expect(broken).toEqual(Object.fromEntries(Object.keys(INVARIANTS).map((name) => [name, []])));
  });
});
