// The platform as `npm start` runs it once built (`npm run bench` builds first), in a child
// process whose pid is the API's own.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

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

/** Resolves with the milliseconds from spawn until GET /health answered 200. */
export async function waitForHealth(url, child, withinMs, startedAt = performance.now()) {
  const deadline = Date.now() + withinMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`The process at ${url} exited before it was ready.`);
    const response = await fetch(`${url}/health`).catch(() => null);
    if (response?.status === 200) return performance.now() - startedAt;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`GET ${url}/health did not answer 200 within ${withinMs / 1000} s.`);
}

/** Starts the API (or `script`) and waits until it is healthy; its output explains a failed start. */
export async function launch({ env, script = 'apps/api/dist/main.js', readyWithinMs = 120_000 }) {
  const port = Number(env.PORT ?? (await freePort()));
  const startedAt = performance.now();
  const child = spawn(process.execPath, [script], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'silent', SEED_DEMO: 'false', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  try {
    const readyMs = await waitForHealth(url, child, readyWithinMs, startedAt);
    return { url, port, pid: child.pid, readyMs, stop, output: () => output };
  } catch (error) {
    await stop();
    throw new Error(`${error.message}\n--- output ---\n${output}`);
  }
}
