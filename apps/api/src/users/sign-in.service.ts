import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthService } from '../auth/auth.service';
import type { SessionDevice } from '../auth/session-device';
import { PlatformError } from '../common/errors';
import { SignInChallengesService } from '../two-factor/sign-in-challenges.service';
import { hashPassword, verifyPassword } from './password';
import { SignInLimits } from './sign-in-limits';
import { findAccountToSignIn } from '../auth/account-records';
import type { User } from './users.types';

const WRONG_CREDENTIALS = 'The email or password is not right.';

export interface SessionStart {
  token: string;
  user: User;
}

/** The password was right, and the account has two-factor on: completeSignIn takes the challenge with a code. */
export interface SecondFactorNeeded {
  secondFactorChallenge: string;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

@Injectable()
export class SignInService {
  /** Compared against when the email is unknown, so both failures take the same time. */
  private readonly decoyHash = hashPassword('decoy password that matches nothing');

  constructor(
    private readonly dataSource: DataSource,
    private readonly signInLimits: SignInLimits,
    private readonly auth: AuthService,
    private readonly challenges: SignInChallengesService,
  ) {}

  async signIn(emailInput: string, password: string, device: SessionDevice): Promise<SessionStart | SecondFactorNeeded> {
    const email = normaliseEmail(emailInput);
    const address = device.address ?? 'unknown';
    await this.signInLimits.admit(email, address);
    const found = await findAccountToSignIn(this.dataSource, email);
    const matches = await verifyPassword(password, found?.passwordHash ?? (await this.decoyHash));
    if (!found || !matches) {
      await this.signInLimits.failed(email);
      throw new PlatformError('UNAUTHENTICATED', WRONG_CREDENTIALS);
    }
    await this.signInLimits.succeeded(email, address);
    // Said only once the password matched, so it tells nothing to someone who does not know it.
    if (found.emailConfirmedAt === null) {
      throw new PlatformError(
        'EMAIL_NOT_CONFIRMED',
        'Confirm your email address first: follow the link in the message we sent you, or ask for a new one.',
      );
    }
    const { passwordHash: _, emailConfirmedAt: __, ...user } = found;
    const secondFactorChallenge = await this.challenges.openIfNeeded(user.id);
    if (secondFactorChallenge) return { secondFactorChallenge };
    return { token: await this.auth.startSession(user.id, device), user };
  }
}
