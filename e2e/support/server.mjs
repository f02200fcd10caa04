// Runs the platform as `npm start` does (scripts/start.mjs), on a free port with an empty data directory.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * `env` adds to or overrides the environment, e.g. `{ ADMIN_EMAIL, ADMIN_PASSWORD }` for the first admin.
 * `dataDir` starts on the data of an earlier run instead of an empty directory. The result also
 * gives the data directory, the server process and a promise of its exit code and signal.
 */
export async function startPlatform({ readyWithinMs = 60_000, env = {}, dataDir: existingDataDir } = {}) {
  const port = await freePort();
  const dataDir = existingDataDir ?? (await mkdtemp(path.join(tmpdir(), 'ptp-browser-test-')));
  const server = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, SEED_DEMO: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout.on('data', (chunk) => (output += chunk));
  server.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => server.once('exit', (code, signal) => resolve({ code, signal })));

  async function stop() {
    if (server.exitCode === null && server.signalCode === null) server.kill('SIGTERM');
    await exited;
    await rm(dataDir, { recursive: true, force: true });
  }

  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(url, exited, readyWithinMs);
  } catch (error) {
    await stop();
    throw new Error(`${error.message}\n--- platform output ---\n${output}`);
  }
  return { url, stop, dataDir, server, exited };
}

export async function waitForHealth(url, exited, readyWithinMs) {
  let hasExited = false;
  exited.then(() => (hasExited = true));
  const deadline = Date.now() + readyWithinMs;
  while (Date.now() < deadline) {
    if (hasExited) throw new Error('The platform exited before it was ready.');
    const response = await fetch(`${url}/health`).catch(() => null);
    if (response?.status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`GET /health did not answer 200 within ${readyWithinMs / 1000} s.`);
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}
