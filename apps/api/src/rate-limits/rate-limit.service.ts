import { Injectable, type OnModuleInit } from '@nestjs/common';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { PlatformError } from '../common/errors';
import { JobQueue } from '../jobs/job-queue.service';
import { deleteEndedWindows } from './rate-limit-records';

const PURGE_QUEUE = 'rate-limits.purge';
const TABLE = 'rate_limit';

export interface RateLimit {
  /** What is limited, e.g. `sign-in:address:203.0.113.7`. */
  key: string;
  limit: number;
  windowSeconds: number;
}

/**
 * Fixed-window counters in PostgreSQL through rate-limiter-flexible, so every API replica sees
 * the same counts: one atomic upsert per event, the key's row its own lock, so parallel requests
 * cannot both slip in. A window starts with its key's first event; the same key counted over
 * windows of different lengths keeps a count per length. The table is created by a migration.
 */
@Injectable()
export class RateLimitService implements OnModuleInit {
  private readonly limiters = new Map<string, RateLimiterPostgres>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.work(PURGE_QUEUE, () => this.purgeEndedWindows(), { schedule: '41 * * * *' });
  }

  /** Deletes the counts of windows that have ended; the job queue runs it hourly. */
  purgeEndedWindows(): Promise<void> {
    return deleteEndedWindows(this.dataSource, Date.now());
  }

  /** Counts one event and refuses it when the window already held `limit` events; gives the count with this one. */
  async consume(rule: RateLimit, message: string): Promise<number> {
    try {
      return (await this.limiter(rule.limit, rule.windowSeconds).consume(rule.key)).consumedPoints;
    } catch (outcome) {
      if (!(outcome instanceof RateLimiterRes)) throw outcome;
      const retryAfter = Math.max(1, Math.ceil(outcome.msBeforeNext / 1000));
      throw new PlatformError('RATE_LIMITED', `${message} Try again in ${describeWait(retryAfter)}.`, { retryAfterSeconds: retryAfter });
    }
  }

  /** Counts one event without refusing any; gives the window's count with this one. */
  async record(key: string, windowSeconds: number): Promise<number> {
    return (await this.limiter(Number.MAX_SAFE_INTEGER, windowSeconds).penalty(key)).consumedPoints;
  }

  /** The events counted so far in the current window, without counting one. */
  async current(key: string, windowSeconds: number): Promise<number> {
    return (await this.limiter(Number.MAX_SAFE_INTEGER, windowSeconds).get(key))?.consumedPoints ?? 0;
  }

  /** Starts the count of `key` over windows of this length again. */
  async forget(key: string, windowSeconds: number): Promise<void> {
    await this.limiter(Number.MAX_SAFE_INTEGER, windowSeconds).delete(key);
  }

  /** Limiters with the same window length share their rows: the prefix is the length, not the limit. */
  private limiter(limit: number, windowSeconds: number): RateLimiterPostgres {
    const name = `${limit}/${windowSeconds}`;
    let limiter = this.limiters.get(name);
    if (!limiter) {
      limiter = new RateLimiterPostgres({
        storeClient: this.dataSource,
        storeType: 'typeorm',
        tableName: TABLE,
        tableCreated: true,
        // The hourly job purges for every process; the library's own timer would run in each.
        clearExpiredByTimeout: false,
        keyPrefix: `${windowSeconds}s`,
        points: limit,
        duration: windowSeconds,
      });
      this.limiters.set(name, limiter);
    }
    return limiter;
  }
}

function describeWait(seconds: number): string {
  if (seconds < 90) return `${seconds} seconds`;
  return `${Math.ceil(seconds / 60)} minutes`;
}
