import type { AccessPolicy, Role } from './policy.decorators';

/** Roles that act for the platform (issue and revoke certificates, sign off courses): they are used only with two-factor sign-in on. */
export const ROLES_NEEDING_TWO_FACTOR: readonly Role[] = ['ADMIN', 'REVIEWER'];

/**
 * Whether the account is let through only by roles that need two-factor: an instructor who is
 * also an admin still authors quizzes without it, but an admin alone cannot issue certificates.
 */
export function passesOnlyByRolesNeedingTwoFactor(policy: AccessPolicy, roles: Role[]): boolean {
  if (policy.kind !== 'roles') return false;
  const granting = policy.roles.filter((role) => roles.includes(role));
  return granting.length > 0 && granting.every((role) => ROLES_NEEDING_TWO_FACTOR.includes(role));
}

/** Answered by the two-factor feature, which sits above auth; the access guard asks through this. */
export abstract class TwoFactorCheck {
  abstract isEnabled(userId: string): Promise<boolean>;
}

export const TWO_FACTOR_REQUIRED_MESSAGE = 'Turn on two-factor sign-in on your account page before you use this role.';
