import { readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { load, summarise } from '/work/main/bench/load.mjs';
import { embeddedDatabaseUrl } from '/work/main/scripts/database-url.mjs';
const ticks = (pid) => { const s = readFileSync(`/proc/${pid}/stat`, 'utf8'); const f = s.slice(s.lastIndexOf(')') + 2).split(' '); return Number(f[11]) + Number(f[12]); };
const url = await embeddedDatabaseUrl('/tmp/benchdev/data');
const query = process.env.Q ? readFileSync(process.env.Q, 'utf8') : readFileSync('/work/main/bench/.dev/q.json', 'utf8');
const procs = {};
for (const [name, port] of [['a', 3995], ['b', 3996]]) {
  const child = spawn(process.execPath, [`apps/api/dist-${name}/main.js`], { env: { ...process.env, DATABASE_URL: url, PORT: String(port), NODE_ENV: 'production', LOG_LEVEL: 'silent', DATA_DIR: '/tmp/benchdev/data' }, stdio: 'inherit' });
  procs[name] = { child, port, cpu: [], rps: [] };
}
for (let i = 0; i < 100; i++) { const ok = await Promise.all(Object.values(procs).map(p => fetch(`http://127.0.0.1:${p.port}/health`).then(r => r.ok, () => false))); if (ok.every(Boolean)) break; await new Promise(r => setTimeout(r, 200)); }
let n = 0;
const next = () => ({ method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json', authorization: process.env.TOKEN ?? `Bearer bench-learner-${1 + (n++ % 10000)}` }, body: query });
for (const p of Object.values(procs)) await load({ url: `http://127.0.0.1:${p.port}`, connections: 10, duration: 2, next });
for (let round = 0; round < Number(process.env.ROUNDS ?? 4); round++) {
  for (const p of Object.values(procs)) {
    const t0 = ticks(p.child.pid);
    const r = summarise([await load({ url: `http://127.0.0.1:${p.port}`, connections: 4, duration: 4, next })]);
    p.cpu.push((ticks(p.child.pid) - t0) * 10 / r.served); p.rps.push(r.requestsPerSecond);
    if (r.failed) console.log('failed', r.failed);
  }
}
const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const [name, p] of Object.entries(procs)) { console.log(name, 'cpu ms/req median', med(p.cpu).toFixed(2), p.cpu.map(x => x.toFixed(2)).join(' '), 'rps', med(p.rps).toFixed(0)); p.child.kill(); }
