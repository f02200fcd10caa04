import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import { createInterface } from 'node:readline';

/** The test LRS of the browser journeys (e2e/support), run as a process of its own on a port it keeps across a stop and a start. */
const SCRIPT = path.resolve(__dirname, '../../../../e2e/support/learning-record-store.mjs');

export interface TestLearningRecordStore {
  endpoint: string;
  key: string;
  secret: string;
  /** The statement the LRS holds under this id, or null. */
  statement(id: string): Promise<Record<string, any> | null>;
  /** How many times each statement id reached the LRS, conflicts included. */
  receipts(): Promise<Record<string, number>>;
  failNext(status: number, times?: number): Promise<void>;
  put(statement: Record<string, unknown>): Promise<number>;
  stop(): Promise<void>;
  start(): Promise<void>;
}

function run(env: Record<string, string>): Promise<{ child: ChildProcess; endpoint: string }> {
  const child = spawn(process.execPath, [SCRIPT], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`The test LRS stopped (${code}).`)));
    createInterface({ input: child.stdout! }).once('line', (line) => resolve({ child, endpoint: JSON.parse(line).endpoint }));
  });
}

export async function startTestLearningRecordStore(): Promise<TestLearningRecordStore> {
  const key = `platform-${randomBytes(4).toString('hex')}`;
  const secret = randomBytes(18).toString('base64url');
  let { child, endpoint } = await run({ LRS_KEY: key, LRS_SECRET: secret });
  let running = true;
  const port = new URL(endpoint).port;
  const base = endpoint.replace(/\/xapi\/$/, '');
  const auth = { authorization: `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`, 'x-experience-api-version': '1.0.3' };
  return {
    endpoint,
    key,
    secret,
    async statement(id) {
      const response = await fetch(`${endpoint}statements?statementId=${id}`, { headers: auth });
      return response.status === 404 ? null : ((await response.json()) as Record<string, any>);
    },
    receipts: async () => (await (await fetch(`${base}/control/receipts`)).json()) as Record<string, number>,
    async failNext(status, times = 1) {
      await fetch(`${base}/control/failures`, { method: 'POST', body: JSON.stringify({ status, times }) });
    },
    async put(statement) {
      const response = await fetch(`${endpoint}statements?statementId=${statement.id}`, { method: 'PUT', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify(statement) });
      return response.status;
    },
    async stop() {
      if (!running) return;
      running = false;
      child.removeAllListeners('exit');
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
    async start() {
      if (running) return;
      ({ child } = await run({ LRS_KEY: key, LRS_SECRET: secret, LRS_PORT: port }));
      running = true;
    },
  };
}
