// The table a reader compares with the targets, and bench/results.json with every figure.
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { root } from './platform.mjs';

const atLeast = (bound) => ({ text: `>= ${bound}`, holds: (value) => value >= bound });
const atMost = (bound) => ({ text: `<= ${bound}`, holds: (value) => value <= bound });
const below = (bound) => ({ text: `< ${bound}`, holds: (value) => value < bound });

/**
 * One row per target. `on` says what the target bounds: the ratio to the baseline or the
 * figure itself; rows without a target are reported for reading.
 */
export function targetRows(m, options) {
  const rows = [
    [`Course page, requests/s (${options.connections} connections)`, m.coursePage.platform.requestsPerSecond, m.coursePage.baseline.requestsPerSecond, 'ratio', atLeast(0.5)],
    [`Course page p99, ms (${options.connections} connections)`, m.coursePage.platform.p99, m.coursePage.baseline.p99, 'figure', atMost(50)],
    [`submitQuizAttempt, submissions/s (${options.submitConnections} connections)`, m.submit.platform.requestsPerSecond, m.submit.baseline.requestsPerSecond, 'ratio', atLeast(0.4)],
    [`Cohort page of 50 p95, ms, ${m.data.learners} learners (${options.cohortConnections} connections)`, m.cohortLarge.platform.p95, m.cohortLarge.baseline.p95, 'figure', atMost(100)],
    [`Cohort page p95, ${m.data.learners} / ${options.smallCohort} learners`, m.cohortLarge.platform.p95 / m.cohortSmall.platform.p95, m.cohortLarge.baseline.p95 / m.cohortSmall.baseline.p95, 'figure', atMost(1.5)],
    ['Cohort page plans: index walk, no sort (of 4)', m.cohortPlans.filter((plan) => plan.indexOnly).length, null, 'figure', atLeast(4)],
    [`Certificate PDF median, ms (${options.pdfConnections} connection${options.pdfConnections === 1 ? '' : 's'})`, m.pdf.platform.p50, m.pdf.baseline.p50, 'figure', atMost(25)],
    [`Bulk issue of ${m.bulkIssue.total} certificates, s`, m.bulkIssue.seconds, null, 'figure', atMost(30)],
    ['Start-up on existing data to /health, s', m.startUp.seconds, null, 'figure', atMost(10)],
    [`CSV export of ${m.csvLarge.rows} rows, API memory growth, MB`, m.csvLarge.growthMb, m.csvSmall.growthMb, 'figure', atMost(Math.max(2 * m.csvSmall.growthMb, 20))],
    [`API peak resident memory, MB (heap budget ${options.apiHeapMb} MB)`, m.memory.api, m.memory.baseline, 'figure', below(300)],
    ['PostgreSQL peak resident memory, all processes summed, MB', m.memory.postgres, null, 'figure', null],
    ['PostgreSQL peak memory, shared pages counted once (PSS), MB', m.memory.postgresProportional, null, 'figure', null],
    ['Learner first page JavaScript, gzipped KB', m.web.kilobytes, null, 'figure', atMost(200)],
  ];
  return rows.map(([scenario, figure, baseline, on, target]) => {
    const ratio = baseline ? figure / baseline : null;
    const bounded = on === 'ratio' ? ratio : figure;
    return { scenario, figure, baseline, ratio, target: target ? `${on === 'ratio' ? 'ratio ' : ''}${target.text}` : 'reported', pass: target ? target.holds(bounded) : null };
  });
}

const number = (value) => (value === null || value === undefined ? '-' : Number.isFinite(value) ? value.toFixed(value >= 100 ? 0 : 2) : String(value));

export function printTable(rows) {
  const cells = rows.map((row) => [row.scenario, number(row.figure), number(row.baseline), number(row.ratio), row.target, row.pass === null ? '' : row.pass ? 'PASS' : 'FAIL']);
  const header = ['scenario', 'figure', 'baseline', 'ratio', 'target', 'result'];
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((cell) => cell[column].length)));
  const line = (values) => values.map((value, column) => (column === 0 || column === 4 ? value.padEnd(widths[column]) : value.padStart(widths[column]))).join('  ');
  console.log(`\n${line(header)}\n${widths.map((width) => '-'.repeat(width)).join('  ')}`);
  for (const cell of cells) console.log(line(cell));
}

export async function writeResults(options, measurements, rows) {
  const file = path.join(root, 'bench/results.json');
  const machine = { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGb: os.totalmem() / 2 ** 30, node: process.version, loadAverage: os.loadavg() };
  await writeFile(file, `${JSON.stringify({ finishedAt: new Date().toISOString(), machine, options, rows, measurements }, null, 2)}\n`);
  return file;
}
