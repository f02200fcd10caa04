import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
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
