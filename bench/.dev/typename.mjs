import { load, summarise } from '/work/main/bench/load.mjs';
const body = JSON.stringify({ query: process.argv[2] ?? '{ __typename }' });
const next = () => ({ method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json', authorization: 'Bearer bench-learner-5' }, body });
const r = summarise([await load({ url: `http://127.0.0.1:${process.env.P ?? 3997}`, connections: 10, duration: Number(process.argv[3] ?? 10), next })]);
console.log(r);
