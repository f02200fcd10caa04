import { load } from '/work/main/bench/load.mjs';
import { readFileSync } from 'node:fs';
const q = readFileSync('/work/main/bench/.dev/q.json', 'utf8');
let i = 0;
const api = await load({ url: 'http://127.0.0.1:3999', connections: 50, duration: 10, next: () => ({ method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json', authorization: `Bearer bench-learner-${1 + (i++ % 10000)}` }, body: q }) });
console.log('api', api);
const base = await load({ url: 'http://127.0.0.1:3998', connections: 50, duration: 10, next: () => ({ method: 'POST', path: '/course', headers: { 'content-type': 'application/json', authorization: `Bearer bench-learner-${1 + (i++ % 10000)}` }, body: '{"slug":"botox-chronic-migraine"}' }) });
console.log('base', base);
