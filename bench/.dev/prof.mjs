import { readFileSync } from 'node:fs';
const p = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const self = new Map(); const byId = new Map(p.nodes.map(n => [n.id, n]));
const dt = new Map(); 
for (let i = 0; i < p.samples.length; i++) dt.set(p.samples[i], (dt.get(p.samples[i]) ?? 0) + (p.timeDeltas[i] ?? 0));
const total = [...dt.values()].reduce((a, b) => a + b, 0);
const agg = new Map();
for (const [id, t] of dt) { const n = byId.get(id); const cf = n.callFrame; const key = `${cf.functionName || '(anon)'} ${cf.url.split('/node_modules/').pop()}:${cf.lineNumber}`; agg.set(key, (agg.get(key) ?? 0) + t); }
const byFile = new Map();
for (const [id, t] of dt) { const n = byId.get(id); const u = n.callFrame.url; const m = u.match(/node_modules\/((@[^/]+\/)?[^/]+)/); const k = m ? m[1] : (u || n.callFrame.functionName); byFile.set(k, (byFile.get(k) ?? 0) + t); }
console.log('total ms', total / 1000);
console.log([...agg].sort((a, b) => b[1] - a[1]).slice(0, Number(process.argv[3] ?? 25)).map(([k, t]) => `${(100 * t / total).toFixed(1)}% ${k}`).join('\n'));
console.log('--- by package');
console.log([...byFile].sort((a, b) => b[1] - a[1]).slice(0, 20).map(([k, t]) => `${(100 * t / total).toFixed(1)}% ${k}`).join('\n'));
