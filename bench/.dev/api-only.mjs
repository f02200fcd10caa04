import { load } from '/work/main/bench/load.mjs';
import { readFileSync } from 'node:fs';
const q = readFileSync('/work/main/bench/.dev/q.json', 'utf8');
let i = 0;
const { summarise } = await import('/work/main/bench/load.mjs');
const api = summarise([await load({ url: `http://127.0.0.1:${process.env.P ?? 3999}`, connections: Number(process.argv[2] ?? 50), duration: Number(process.argv[3] ?? 10), next: () => ({ method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json', authorization: `Bearer bench-learner-${1 + (i++ % 10000)}` }, body: q }) })]);
console.log('api', api);
