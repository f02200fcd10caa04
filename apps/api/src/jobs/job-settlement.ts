import { createRequire } from 'node:module';
import { Logger } from '@nestjs/common';

type Settle = (...args: unknown[]) => Promise<unknown>;

const logger = new Logger('JobQueue');

/**
 * pg-boss 10 does not wait for the complete() or fail() it sends once a job has run: while
 * PostgreSQL is away either one rejects with nobody to catch it, and an unhandled rejection ends
 * the Node process (with `npm start`, its embedded database too). Here they are caught and
 * logged; the job stays active, and pg-boss runs it again once it expires.
 */
export function settleJobsSafely(): void {
  const { prototype: manager } = createRequire(__filename)('pg-boss/src/manager') as { prototype: Record<'complete' | 'fail', Settle> };
  const outcomes = { complete: 'complete', fail: 'failed' } as const;
  for (const method of ['complete', 'fail'] as const) {
    const settle = manager[method];
    if ((settle as Settle & { safe?: true }).safe) continue;
    const safe: Settle & { safe?: true } = function (this: unknown, ...args) {
      return settle.apply(this, args).catch((error: Error) => logger.warn(`A finished job could not be marked ${outcomes[method]} yet: ${error.message}`));
    };
    safe.safe = true;
    manager[method] = safe;
  }
}
