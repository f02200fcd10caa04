import { readFileSync } from 'node:fs';
import { load } from '/work/main/bench/load.mjs';
const q = readFileSync('/work/main/bench/.dev/q.json', 'utf8');
let i = 0;
const api = () => ({ method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json', authorization: `Bearer bench-learner-${1 + (i++ % 10000)}` }, body: q });
const base = () => ({ method: 'POST', path: '/course', headers: { 'content-type': 'application/json', authorization: `Bearer bench-learner-${1 + (i++ % 10000)}` }, body: '{"slug":"botox-chronic-migraine"}' });
const c = Number(process.argv[2] ?? 50);
for (let r = 0; r < 2; r++) {
  const a = await load({ url: 'http://127.0.0.1:3997', connections: c, duration: 6, next: api });
  const b = await load({ url: 'http://127.0.0.1:3998', connections: c, duration: 6, next: base });
  console.log('api', a.requestsPerSecond.toFixed(0), 'p99', a.p99.toFixed(1), '| base', b.requestsPerSecond.toFixed(0), 'p99', b.p99.toFixed(1), '| ratio', (a.requestsPerSecond / b.requestsPerSecond).toFixed(2));
}
