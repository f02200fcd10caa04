import type { CommandOutput } from '../cli/output';

/** A command output that keeps what was written, for tests to read. */
export function recordedOutput(): CommandOutput & { logged: string[]; errors: string[] } {
  const logged: string[] = [];
  const errors: string[] = [];
  return { logged, errors, log: (line) => logged.push(line), error: (line) => errors.push(line) };
}
