import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PlatformError } from '../common/errors';

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
export class RateLimitService {
  constructor(private readonly dataSource: DataSource) {}

  /** Counts one event and refuses it when the window already held `limit` events; gives the count with this one. */
  async consume(rule: RateLimit, message: string): Promise<number> {
    const { hits, retryAfter } = await this.count(rule.key, rule.windowSeconds);
    if (hits > rule.limit) this.refuse(message, retryAfter);
    return hits;
  }

  /** Counts one event without refusing any; gives the window's count with this one. */
  async record(key: string, windowSeconds: number): Promise<number> {
    return (await this.count(key, windowSeconds)).hits;
  }

  /** The events counted so far in the current window, without counting one. */
  async current(key: string, windowSeconds: number): Promise<number> {
    const [row] = await this.dataSource.query(
      `SELECT hits FROM rate_limit_window
        WHERE key = $1 AND window_start = to_timestamp(floor(extract(epoch FROM now()) / $2) * $2)`,
      [key, windowSeconds],
    );
    return row?.hits ?? 0;
  }

  /** Starts the count of `key` again, in every window. */
  async forget(key: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM rate_limit_window WHERE key = $1`, [key]);
  }

  async purgeExpired(): Promise<void> {
    await this.dataSource.query(`DELETE FROM rate_limit_window WHERE window_start < now() - interval '1 day'`);
  }

  private async count(key: string, windowSeconds: number): Promise<{ hits: number; retryAfter: number }> {
    const [row] = await this.dataSource.query(
      `INSERT INTO rate_limit_window (key, window_start, hits)
       VALUES ($1, to_timestamp(floor(extract(epoch FROM now()) / $2) * $2), 1)
       ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limit_window.hits + 1
       RETURNING hits, ceil(extract(epoch FROM window_start + make_interval(secs => $2) - now()))::int AS "retryAfter"`,
      [key, windowSeconds],
    );
    return row;
  }

  private refuse(message: string, retryAfterSeconds: number): never {
    const retryAfter = Math.max(1, retryAfterSeconds);
    throw new PlatformError('RATE_LIMITED', `${message} Try again in ${describeWait(retryAfter)}.`, {
      retryAfterSeconds: retryAfter,
    });
  }
}

function describeWait(seconds: number): string {
  if (seconds < 90) return `${seconds} seconds`;
  return `${Math.ceil(seconds / 60)} minutes`;
}
