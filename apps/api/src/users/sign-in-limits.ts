import { Injectable } from '@nestjs/common';
import { RateLimitService } from '../rate-limits/rate-limit.service';

const WINDOW_SECONDS = 15 * 60;
/** Sign-ins from one address, to any accounts. */
const ATTEMPTS_PER_ADDRESS = 50;
/** Tries on one account from one address; a sign-in that succeeds starts the count again. */
const TRIES_PER_ACCOUNT_AND_ADDRESS = 10;
/** Failures on one account, from all addresses together, before guesses on it are spaced out. */
const FAILURES_BEFORE_PACING = 10;
const LONGEST_PACE_SECONDS = 5 * 60;

const addressKey = (address: string) => `sign-in:address:${address}`;
const triesKey = (email: string, address: string) => `sign-in:account-address:${email}:${address}`;
const failuresKey = (email: string) => `sign-in:account:${email}`;
const paceKey = (email: string) => `sign-in:account-pace:${email}`;

/**
 * Keeps password guessing out without letting anyone lock an account. Every try is counted, in
 * one atomic upsert, before its password is checked, so a parallel burst cannot outrun a limit.
 * - An address has 50 sign-ins per 15 minutes, for any accounts.
 * - An account has 10 tries per 15 minutes from each address, then that address is refused.
 * - Once an account has had 10 failures from anywhere, addresses that have already tried it share
 *   one guess per pace (1 s, doubling with each further failure, up to 5 minutes).
 * An address trying an account for the first time in the window is never paced, so the owner
 * signs in from a clean address whatever others are doing to the account.
 */
@Injectable()
export class SignInLimits {
  constructor(private readonly rateLimits: RateLimitService) {}

  /** Counts this try, or refuses it (RATE_LIMITED, with `retryAfterSeconds`) before any password is checked. */
  async admit(email: string, address: string): Promise<void> {
    await this.rateLimits.consume(
      { key: addressKey(address), limit: ATTEMPTS_PER_ADDRESS, windowSeconds: WINDOW_SECONDS },
      'Too many sign-in attempts from this address.',
    );
    const tries = await this.rateLimits.consume(
      { key: triesKey(email, address), limit: TRIES_PER_ACCOUNT_AND_ADDRESS, windowSeconds: WINDOW_SECONDS },
      'Too many failed sign-ins for this account from this address.',
    );
    if (tries === 1) return;
    const failures = await this.rateLimits.current(failuresKey(email), WINDOW_SECONDS);
    if (failures < FAILURES_BEFORE_PACING) return;
    const paceSeconds = Math.min(LONGEST_PACE_SECONDS, 2 ** (failures - FAILURES_BEFORE_PACING));
    await this.rateLimits.consume(
      { key: paceKey(email), limit: 1, windowSeconds: paceSeconds },
      'This account has had many failed sign-ins, so further tries from addresses that failed wait their turn.',
    );
  }

  async failed(email: string): Promise<void> {
    await this.rateLimits.record(failuresKey(email), WINDOW_SECONDS);
  }

  /** The right password from this address: its earlier tries on the account no longer count. */
  async succeeded(email: string, address: string): Promise<void> {
    await this.rateLimits.forget(triesKey(email, address), WINDOW_SECONDS);
  }
}
