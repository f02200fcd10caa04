import { readFileSync, readdirSync } from 'node:fs';
import { load } from '/work/main/bench/load.mjs';
const q = readFileSync('/work/main/bench/.dev/q.json', 'utf8');
const ticks = (pid) => { try { const s = readFileSync(`/proc/${pid}/stat`, 'utf8'); const f = s.slice(s.lastIndexOf(')') + 2).split(' '); return Number(f[11]) + Number(f[12]); } catch { return 0; } };
const pgPids = () => readdirSync('/proc').filter(e => /^\d+$/.test(e)).filter(p => { try { return readFileSync(`/proc/${p}/comm`, 'utf8').trim() === 'postgres'; } catch { return false; } });
const sumPg = () => pgPids().reduce((s, p) => s + ticks(p), 0);
const target = process.argv[2]; const apiPid = Number(process.argv[3]);
let i = 0;
const next = target === 'api'
  ? () => ({ method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json', authorization: `Bearer bench-learner-${1 + (i++ % 10000)}` }, body: q })
  : () => ({ method: 'POST', path: '/course', headers: { 'content-type': 'application/json', authorization: `Bearer bench-learner-${1 + (i++ % 10000)}` }, body: '{"slug":"botox-chronic-migraine"}' });
const url = target === 'api' ? 'http://127.0.0.1:3999' : 'http://127.0.0.1:3998';
await load({ url, connections: 10, duration: 2, next });
const a0 = ticks(apiPid), p0 = sumPg(), s0 = ticks(process.pid);
const r = await load({ url, connections: Number(process.argv[4] ?? 50), duration: 10, next });
const a1 = ticks(apiPid), p1 = sumPg(), s1 = ticks(process.pid);
console.log(target, r.requestsPerSecond.toFixed(0), 'p50', r.p50.toFixed(1), 'p99', r.p99.toFixed(1), 'cpu ms/req: server', ((a1 - a0) * 10 / r.requests).toFixed(2), 'pg', ((p1 - p0) * 10 / r.requests).toFixed(2), 'loader', ((s1 - s0) * 10 / r.requests).toFixed(2));
