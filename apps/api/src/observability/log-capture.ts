import type { DestinationStream } from 'pino';

/** A log destination that keeps every line, parsed, for a test to read. */
export function logCapture(): DestinationStream & { lines: Record<string, any>[]; text(): string } {
  const raw: string[] = [];
  return {
    write: (line: string) => void raw.push(line),
    get lines() {
      return raw.join('').split('\n').filter(Boolean).map((line) => JSON.parse(line));
    },
    text: () => raw.join(''),
  };
}
