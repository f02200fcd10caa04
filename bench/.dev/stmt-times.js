require('reflect-metadata');
const { readConfig } = require('../../apps/api/dist/config/app-config');
const { startPlatform } = require('../../apps/api/dist/platform');
const { DataSource } = require('typeorm');
(async () => {
  const p = await startPlatform(readConfig({ ...process.env }));
  const ds = p.app.get(DataSource);
  const stats = new Map();
  ds.subscribers.push({ afterQuery: (e) => { const k = e.query.replace(/\s+/g, ' ').trim().slice(0, 70); const s = stats.get(k) ?? { n: 0, ms: 0 }; s.n++; s.ms += e.executionTime ?? 0; stats.set(k, s); } });
  const { default: pg } = await import('pg');
  const { courseFacts, openFinalExamAttempts } = await import('/work/main/bench/data.mjs');
  const db = new pg.Client(process.env.DATABASE_URL); await db.connect();
  const course = await courseFacts(db, 'botox-chronic-migraine');
  const from = Number(process.env.FROM);
  const attempts = await openFinalExamAttempts(db, course, { from, to: from + 299 });
  const SUBMIT = `mutation Submit($attemptId: ID!, $answers: [AnswerInput!]!) { submitQuizAttempt(attemptId: $attemptId, answers: $answers) { id status score passed submittedAt } }`;
  stats.clear();
  let i = 0;
  await Promise.all(Array.from({ length: 10 }, async () => {
    while (i < attempts.length) {
      const a = attempts[i++];
      const r = await fetch(p.url + '/graphql', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${a.token}` }, body: JSON.stringify({ query: SUBMIT, variables: { attemptId: a.attemptId, answers: a.answers } }) });
      const b = await r.json(); if (b.errors) console.log(JSON.stringify(b.errors));
    }
  }));
  const rows = [...stats].sort((a, b) => b[1].ms - a[1].ms);
  for (const [k, s] of rows) console.log(String(Math.round(s.ms)).padStart(6), 'ms', String(s.n).padStart(5), (s.ms / s.n).toFixed(2).padStart(6), k);
  await db.end(); await p.stop(); process.exit(0);
})();
