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
  const { coursePage, submit, cohortSmall, cohortLarge, pdf } = m;
  const connections = (count) => `${count} connection${count === 1 ? '' : 's'}`;
  const rows = [
    [`Course page, requests/s (${connections(options.connections)})`,
      coursePage.platform.requestsPerSecond, coursePage.baseline.requestsPerSecond, 'ratio', atLeast(1)],
    [`Course page, requests/s, API_PROCESSES=${m.coursePageProcesses.processes} (one API process per core)`,
      m.coursePageProcesses.platform.requestsPerSecond, m.coursePageProcesses.baseline.requestsPerSecond, 'ratio', atLeast(1)],
    [`Course page p99, ms (${connections(options.connections)})`, coursePage.platform.p99, coursePage.baseline.p99, 'figure', atMost(50)],
    [`Course page p99 at a steady ${coursePage.steady.rate} requests/s (half the most), ms (${connections(options.connections)})`,
      coursePage.steady.platform.p99, coursePage.steady.baseline.p99, 'figure', atMost(25)],
    // The same bytes from a bare node:http process: the ceiling, so the ratio is the framework's share left.
    [`Course page, requests/s, against a bare node:http server sending the same ${(coursePage.bytes / 1024).toFixed(0)} KB`,
      coursePage.platform.requestsPerSecond, coursePage.bare.requestsPerSecond, 'ratio', atLeast(0.35)],
    [`Course page p99 at the same steady rate, ms, against the bare server`,
      coursePage.steady.platform.p99, coursePage.steady.bare.p99, 'figure', null],
    [`submitQuizAttempt, submissions/s (${connections(options.submitConnections)})`,
      submit.platform.requestsPerSecond, submit.baseline.requestsPerSecond, 'ratio', atLeast(0.7)],
    [`submitQuizAttempt p99 at a steady ${submit.steady.rate} submissions/s (half the most), ms (${connections(options.submitConnections)})`,
      submit.steady.platform.p99, submit.steady.baseline.p99, 'figure', atMost(60)],
    [`Cohort page of 50 p95, ms, ${m.data.learners} learners (${connections(options.cohortConnections)})`,
      cohortLarge.platform.p95, cohortLarge.baseline.p95, 'figure', atMost(100)],
    [`Cohort page p95, ${m.data.learners} / ${options.smallCohort} learners`,
      cohortLarge.platform.p95 / cohortSmall.platform.p95, cohortLarge.baseline.p95 / cohortSmall.baseline.p95, 'figure', atMost(1.5)],
    ['Cohort page plans: index walk, no sort (of 4)', m.cohortPlans.filter((plan) => plan.indexOnly).length, null, 'figure', atLeast(4)],
    [`Certificate PDF median, ms (${connections(options.pdfConnections)})`, pdf.platform.p50, pdf.baseline.p50, 'figure', atMost(25)],
    [`myTranscript of ${m.transcript.entriesPerTranscript} entries, requests/s, ${m.data.learners} learners (${connections(options.transcriptConnections)})`,
      m.transcript.platform.requestsPerSecond, m.transcript.baseline.requestsPerSecond, 'ratio', atLeast(0.5)],
    [`Bulk issue of ${m.bulkIssue.total} certificates, s`, m.bulkIssue.seconds, null, 'figure', atMost(30)],
    ['Start-up on existing data to /health, s', m.startUp.seconds, null, 'figure', atMost(10)],
    // A copy of every row would grow tenfold with ten times the rows; 20 MB leaves room only for garbage awaiting collection.
    [`CSV export of ${m.csvLarge.rows} rows, API memory growth, MB (${m.csvSmall.rows} rows: ${m.csvSmall.growthMb.toFixed(1)})`,
      m.csvLarge.growthMb, null, 'figure', atMost(20)],
    [`API peak resident memory, MB (heap budget ${options.apiHeapMb} MB)`, m.memory.api, m.memory.baseline, 'figure', below(300)],
    [`API peak resident memory per serving process, API_PROCESSES=${m.coursePageProcesses.processes}, MB`,
      m.coursePageProcesses.peakMbPerServingProcess, null, 'figure', below(300)],
    ['PostgreSQL peak resident memory, all processes summed, MB', m.memory.postgres, null, 'figure', null],
    ['PostgreSQL peak memory, shared pages counted once (PSS), MB', m.memory.postgresProportional, null, 'figure', null],
    ['Learner first page JavaScript, gzipped KB', m.web.kilobytes, null, 'figure', atMost(200)],
  ];
  return rows.map(([scenario, figure, baseline, on, target]) => {
    const ratio = baseline ? figure / baseline : null;
    const bounded = on === 'ratio' ? ratio : figure;
    return {
      scenario,
      figure,
      baseline,
      ratio,
      target: target ? `${on === 'ratio' ? 'ratio ' : ''}${target.text}` : 'reported',
      pass: target ? target.holds(bounded) : null,
    };
  });
}

function number(value) {
  if (value === null || value === undefined) return '-';
  return Number.isFinite(value) ? value.toFixed(value >= 100 ? 0 : 2) : String(value);
}

export function printTable(rows) {
  const verdict = (pass) => (pass === null ? '' : pass ? 'PASS' : 'FAIL');
  const cells = rows.map((row) => [row.scenario, number(row.figure), number(row.baseline), number(row.ratio), row.target, verdict(row.pass)]);
  const header = ['scenario', 'figure', 'baseline', 'ratio', 'target', 'result'];
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((cell) => cell[column].length)));
  const alignLeft = new Set([0, 4]);
  const line = (values) =>
    values.map((value, column) => (alignLeft.has(column) ? value.padEnd(widths[column]) : value.padStart(widths[column]))).join('  ');
  console.log(`\n${line(header)}\n${widths.map((width) => '-'.repeat(width)).join('  ')}`);
  for (const cell of cells) console.log(line(cell));
}

export async function writeResults(options, measurements, rows) {
  const file = path.join(root, 'bench/results.json');
  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGb: os.totalmem() / 2 ** 30,
    node: process.version,
    // Other work on the machine slows the platform and the baseline alike; this says how much there was.
    loadAverage: os.loadavg(),
  };
  const results = { finishedAt: new Date().toISOString(), machine, options, rows, measurements };
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  return file;
}
