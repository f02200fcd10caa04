import { readFileSync } from 'node:fs';
import { load } from '/work/main/bench/load.mjs';
const ticks = (pid) => { const s = readFileSync(`/proc/${pid}/stat`, 'utf8'); const f = s.slice(s.lastIndexOf(')') + 2).split(' '); return Number(f[11]) + Number(f[12]); };
const apiPid = Number(process.argv[2]);
const variants = {
  typename: '{ __typename }',
  courseOnly: '{ course(slug: "botox-chronic-migraine") { id slug title } }',
  outline: '{ course(slug: "botox-chronic-migraine") { id slug title summary creditHours version sourceTitle modules { id slug title position objectives lessons { id slug title position } } } }',
  progress: '{ course(slug: "botox-chronic-migraine") { id myProgress { status percent completedLessons totalLessons lastActivityAt nextStep { kind moduleSlug lesson { slug title } } modules { slug status completedLessons totalLessons quizPassed bestQuizScore attemptsLeft lessons { slug completed completedAt } } } } }',
  full: JSON.parse(readFileSync('/work/main/bench/.dev/q.json', 'utf8')).query,
};
for (const [name, query] of Object.entries(variants)) {
  let i = 0;
  const body = JSON.stringify({ query, variables: { slug: 'botox-chronic-migraine' } });
  const next = () => ({ method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json', authorization: `Bearer bench-learner-${1 + (i++ % 10000)}` }, body });
  await load({ url: `http://127.0.0.1:${process.env.P ?? 3999}`, connections: 10, duration: 1, next });
  const a0 = ticks(apiPid);
  const r = await load({ url: `http://127.0.0.1:${process.env.P ?? 3999}`, connections: 10, duration: 5, next });
  console.log(name.padEnd(10), r.requestsPerSecond.toFixed(0).padStart(5), 'rps p50', r.p50.toFixed(1), 'api cpu ms/req', ((ticks(apiPid) - a0) * 10 / r.requests).toFixed(2), 'failed', r.failed);
}
