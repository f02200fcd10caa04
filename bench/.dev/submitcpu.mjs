import pg from 'pg';
import { readFileSync, readdirSync } from 'node:fs';
import { courseFacts, openFinalExamAttempts } from '/work/main/bench/data.mjs';
import { graphqlRequest, jsonPost } from '/work/main/bench/graphql.mjs';
import { load, summarise } from '/work/main/bench/load.mjs';
import { embeddedDatabaseUrl } from '/work/main/scripts/database-url.mjs';
const ticks = (pid) => { try { const s = readFileSync(`/proc/${pid}/stat`, 'utf8'); const f = s.slice(s.lastIndexOf(')') + 2).split(' '); return Number(f[11]) + Number(f[12]); } catch { return 0; } };
const pgPids = () => { const pm = Number(readFileSync('/tmp/benchdev/data/postgres/postmaster.pid', 'utf8').split('\n')[0]); return [pm, ...readdirSync('/proc').filter(e => /^\d+$/.test(e)).filter(p => { try { const s = readFileSync(`/proc/${p}/stat`, 'utf8'); return Number(s.slice(s.lastIndexOf(')') + 2).split(' ')[1]) === pm; } catch { return false; } })]; };
const sumPg = () => pgPids().reduce((s, p) => s + ticks(p), 0);
const db = new pg.Client(await embeddedDatabaseUrl('/tmp/benchdev/data')); await db.connect();
const course = await courseFacts(db, 'botox-chronic-migraine');
const from = Number(process.argv[2]);
const attempts = await openFinalExamAttempts(db, course, { from, to: from + 1999 });
const SUBMIT = `mutation Submit($attemptId: ID!, $answers: [AnswerInput!]!) { submitQuizAttempt(attemptId: $attemptId, answers: $answers) { id status score passed submittedAt } }`;
for (const [name, url, pid, make] of [
  ['api', 'http://127.0.0.1:3997', Number(process.argv[3]), (a) => graphqlRequest(a.token, SUBMIT, { attemptId: a.attemptId, answers: a.answers })],
  ['base', 'http://127.0.0.1:3998', Number(process.argv[4]), (a) => jsonPost('/submit', a.token, { attemptId: a.attemptId, answers: a.answers })],
]) {
  const list = name === 'api' ? attempts.slice(0, 1000) : attempts.slice(1000);
  let i = 0;
  const a0 = ticks(pid), p0 = sumPg();
  const r = summarise([await load({ url, connections: 20, amount: 1000, next: () => make(list[i++ % list.length]) })]);
  console.log(name, 'rps', r.requestsPerSecond.toFixed(0), 'failed', r.failed, 'cpu ms/req server', ((ticks(pid) - a0) * 10 / r.served).toFixed(2), 'pg', ((sumPg() - p0) * 10 / r.served).toFixed(2));
}
await db.end();
