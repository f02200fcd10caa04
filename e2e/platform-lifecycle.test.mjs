import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { freePort, waitForHealth } from './support/server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** `npm start`'s own code path, in its own process group, as a terminal would run it. */
function launch(env) {
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: root,
    env: { ...process.env, SEED_DEMO: 'true', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const run = { child, stdout: '', stderr: '' };
  child.stdout.on('data', (chunk) => (run.stdout += chunk));
  child.stderr.on('data', (chunk) => (run.stderr += chunk));
  run.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return run;
}

async function postgresPid(dataDir) {
  return Number((await readFile(path.join(dataDir, 'postgres/postmaster.pid'), 'utf8')).split('\n')[0]);
}

function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The processes serving for the one started as `pid`: its children running the API. */
function servingProcessesOf(pid) {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((child) => {
      try {
        return statOf(child)[1] === String(pid) && readFileSync(`/proc/${child}/cmdline`, 'utf8').includes('apps/api/dist/main.js');
      } catch {
        return false;
      }
    });
}

/** /proc/<pid>/stat's fields after the command name: state, parent, ... (utime and stime are the 12th and 13th). */
const statOf = (pid) => readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
const cpuTicksOf = (pid) => Number(statOf(pid)[11]) + Number(statOf(pid)[12]);

async function until(check, withinMs, what) {
  const giveUpAt = Date.now() + withinMs;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > giveUpAt) throw new Error(`${what} did not come within ${withinMs / 1000} s.`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function graphqlOnNewConnection(url, query) {
  return new Promise((resolve, reject) => {
    const request = http.request(`${url}/graphql`, { method: 'POST', agent: false, headers: { 'content-type': 'application/json', connection: 'close' } }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve(JSON.parse(body)));
    });
    request.on('error', reject);
    request.end(JSON.stringify({ query }));
  });
}

async function graphql(url, query) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return response.json();
}

describe('npm start', () => {
  test('stops its database on Ctrl-C, and the next start finds the same data', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'ptp-lifecycle-'));
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;

    const first = launch({ PORT: String(port), DATA_DIR: dataDir });
    await waitForHealth(url, first.exited, 60_000);
    assert.match(first.stdout, /Accounts created now \(the passwords are shown this once\):/);
    assert.match(first.stdout, /ADMIN\s+admin@example\.com\s+\S{10,}/);
    assert.match(first.stdout, /LEARNER\s+learner@example\.com/);
    const database = await postgresPid(dataDir);

    // Ctrl-C in a terminal signals the whole process group, PostgreSQL included.
    process.kill(-first.child.pid, 'SIGINT');
    assert.deepEqual(await first.exited, { code: 0, signal: null });
    assert.equal(isRunning(database), false, 'no PostgreSQL process is left behind');

    const second = launch({ PORT: String(port), DATA_DIR: dataDir });
    await waitForHealth(url, second.exited, 60_000);
    assert.doesNotMatch(second.stdout, /Accounts created now/, 'passwords are printed only once');
    assert.match(second.stdout, /Course botox-chronic-migraine: version 1\./);
    const { data } = await graphql(url, '{ courses { slug } }');
    assert.deepEqual(data.courses, [{ slug: 'botox-chronic-migraine' }]);

    await test('a bookmarked page opens the web app; the files beside it stay the API\'s', async () => {
      for (const page of ['/reports', '/reports/courses/botox-chronic-migraine', '/certificates', '/verify/ABCD-EFGH-JKMN-PQRS-T']) {
        const response = await fetch(`${url}${page}`);
        assert.equal(response.status, 200, page);
        assert.match(response.headers.get('content-type'), /^text\/html/, page);
      }
      assert.equal((await fetch(`${url}/reports/courses/botox-chronic-migraine/cohort.csv`)).status, 401);
    });

    await test('a second start on the same port fails in one sentence', async () => {
      const clash = launch({ PORT: String(port), DATA_DIR: await mkdtemp(path.join(tmpdir(), 'ptp-other-')) });
      assert.deepEqual(await clash.exited, { code: 1, signal: null });
      assert.equal(clash.stderr.trim(), `Port ${port} is already in use; stop the program using it or set PORT to another port.`);
    });

    await test('a second start on the same data directory fails in one sentence', async () => {
      const clash = launch({ PORT: String(await freePort()), DATA_DIR: dataDir });
      assert.deepEqual(await clash.exited, { code: 1, signal: null });
      assert.match(clash.stderr.trim(), /^The data directory .+ is in use by another running PostgreSQL \(process \d+\); stop the other instance or set DATA_DIR to another directory\.$/);
    });

    const secondDatabase = await postgresPid(dataDir);
    process.kill(second.child.pid, 'SIGTERM');
    assert.deepEqual(await second.exited, { code: 0, signal: null });
    assert.equal(isRunning(secondDatabase), false);
  });

  test('with API_PROCESSES=2, serves from two processes that one Ctrl-C stops with the database', async (t) => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'ptp-processes-'));
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const metricsToken = 'processes-test-metrics-token-0123456789';
    const run = launch({ PORT: String(port), DATA_DIR: dataDir, API_PROCESSES: '2', METRICS_TOKEN: metricsToken });
    // Stopped with the whole group even if an assertion fails, so no process outlives the test.
    t.after(() => run.child.exitCode === null && run.child.signalCode === null && process.kill(-run.child.pid, 'SIGTERM'));
    await waitForHealth(url, run.exited, 90_000);
    // One process may serve before the others; the starting process says ready once all do.
    await until(() => run.stdout.includes('The platform is ready'), 60_000, 'the ready line');
    assert.match(run.stdout, /The platform is ready on http:\/\/localhost:\d+ \(GraphQL at .+\) by 2 processes\./);
    assert.equal(run.stdout.match(/Accounts created now/g).length, 1, 'the first accounts are made and shown once');
    const servers = servingProcessesOf(run.child.pid);
    assert.equal(servers.length, 2);

    // Each request on a connection of its own: the starting process hands connections out in turn.
    const busyBefore = servers.map(cpuTicksOf);
    const answers = await Promise.all(Array.from({ length: 60 }, () => graphqlOnNewConnection(url, '{ courses { slug } }')));
    assert.ok(answers.every((answer) => answer.data.courses[0].slug === 'botox-chronic-migraine'));
    servers.forEach((pid, index) => assert.ok(cpuTicksOf(pid) > busyBefore[index], `process ${pid} served some of the requests`));

    const metrics = async () => {
      const response = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } });
      assert.equal(response.status, 200);
      return response.text();
    };
    const counted = (text) => Number(text.match(/^ptp_http_request_duration_seconds_count\{method="POST",route="\/graphql",status="200"\} (\d+)$/m)?.[1] ?? 0);
    for (let scrape = 0; scrape < 4; scrape++) {
      const text = await metrics();
      assert.equal(counted(text), 60, 'whichever process is scraped counts the requests of both');
      assert.match(text, /^ptp_db_pool_max 40$/m);
    }

    const [killed] = servers;
    process.kill(killed, 'SIGKILL');
    const replaced = await until(() => {
      const now = servingProcessesOf(run.child.pid);
      return now.length === 2 && !now.includes(killed) && now;
    }, 30_000, 'a replacement process');
    await waitForHealth(url, run.exited, 30_000);
    assert.match(run.stderr, new RegExp(`API process ${killed} exited \\(SIGKILL\\); starting another\\.`));
    const answersAfter = await Promise.all(Array.from({ length: 20 }, () => graphqlOnNewConnection(url, '{ courses { slug } }')));
    assert.ok(answersAfter.every((answer) => answer.data.courses.length === 1));

    const database = await postgresPid(dataDir);
    process.kill(-run.child.pid, 'SIGINT');
    assert.deepEqual(await run.exited, { code: 0, signal: null });
    for (const pid of [...replaced, database]) assert.equal(isRunning(pid), false, `process ${pid} is left behind`);
  });

  test('names a bad PORT or DATABASE_URL in one sentence', async () => {
    const badPort = launch({ PORT: 'eighty' });
    assert.deepEqual(await badPort.exited, { code: 1, signal: null });
    assert.equal(badPort.stderr.trim(), 'PORT must be a whole number from 1 to 65535, but it is "eighty".');

    const badDatabase = launch({ PORT: String(await freePort()), DATABASE_URL: 'postgres://nobody:secret@127.0.0.1:1/platform' });
    assert.deepEqual(await badDatabase.exited, { code: 1, signal: null });
    assert.match(badDatabase.stderr.trim(), /^Cannot connect to the PostgreSQL server at 127\.0\.0\.1:1\/platform \(DATABASE_URL\): .+$/);
    assert.doesNotMatch(badDatabase.stderr, /secret/);
  });
});
