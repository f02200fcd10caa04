import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PlatformError } from '../common/errors';
import { JobQueue } from '../jobs/job-queue.service';
import { countInWindow, deleteWindowsOlderThan, forgetWindows, hitsInWindow } from './rate-limit-records';

/** No limit counts over more than a day, so a window that started a day ago has ended and can go. */
export const LONGEST_WINDOW_SECONDS = 24 * 60 * 60;
const PURGE_QUEUE = 'rate-limits.purge';

export interface RateLimit {
  /** What is limited, e.g. `sign-in:address:203.0.113.7`. */
  key: string;
  limit: number;
  windowSeconds: number;
}

/**
 * Fixed-window counters kept in PostgreSQL, so every API replica sees the same counts.
 * One upsert per check; a window's row is its own lock, so parallel requests cannot both slip in.
 */
@Injectable()
export class RateLimitService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.work(PURGE_QUEUE, () => this.purgeEndedWindows(), { schedule: '41 * * * *' });
  }

  /** Deletes the counts of windows that have ended; the job queue runs it hourly. */
  purgeEndedWindows(): Promise<void> {
    return deleteWindowsOlderThan(this.dataSource, LONGEST_WINDOW_SECONDS);
  }

  /** Counts one event and refuses it when the window already held `limit` events; gives the count with this one. */
  async consume(rule: RateLimit, message: string): Promise<number> {
    assertPurgeable(rule.windowSeconds);
    const { hits, retryAfter } = await countInWindow(this.dataSource, rule.key, rule.windowSeconds);
    if (hits > rule.limit) this.refuse(message, retryAfter);
    return hits;
  }

  /** Counts one event without refusing any; gives the window's count with this one. */
  async record(key: string, windowSeconds: number): Promise<number> {
    assertPurgeable(windowSeconds);
    return (await countInWindow(this.dataSource, key, windowSeconds)).hits;
  }

  /** The events counted so far in the current window, without counting one. */
  current(key: string, windowSeconds: number): Promise<number> {
    return hitsInWindow(this.dataSource, key, windowSeconds);
  }

  /** Starts the count of `key` again, in every window. */
  forget(key: string): Promise<void> {
    return forgetWindows(this.dataSource, key);
  }

  private refuse(message: string, retryAfterSeconds: number): never {
    const retryAfter = Math.max(1, retryAfterSeconds);
    throw new PlatformError('RATE_LIMITED', `${message} Try again in ${describeWait(retryAfter)}.`, {
      retryAfterSeconds: retryAfter,
    });
  }
}

function assertPurgeable(windowSeconds: number): void {
  if (windowSeconds > LONGEST_WINDOW_SECONDS) throw new Error(`A rate limit window may last at most ${LONGEST_WINDOW_SECONDS} seconds; the purge would end a longer one early.`);
}

function describeWait(seconds: number): string {
  if (seconds < 90) return `${seconds} seconds`;
  return `${Math.ceil(seconds / 60)} minutes`;
}
