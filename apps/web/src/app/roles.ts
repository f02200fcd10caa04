import type { Role } from '../gql/graphql';

/** In the order a person reads them: from the broadest to the most trusted. */
export const roleOrder: readonly Role[] = ['LEARNER', 'INSTRUCTOR', 'REVIEWER', 'ADMIN'];

export const roleLabels: Record<Role, string> = {
  LEARNER: 'Learner',
  INSTRUCTOR: 'Instructor',
  REVIEWER: 'Reviewer',
  ADMIN: 'Admin',
};

/** "Learner and Instructor" (or "Instructor or Admin"), in `roleOrder`. */
export function describeRoles(roles: readonly Role[], conjunction: 'and' | 'or' = 'and'): string {
  const labels = roleOrder.filter((role) => roles.includes(role)).map((role) => roleLabels[role]);
  if (labels.length <= 1) return labels[0] ?? 'no role';
  return `${labels.slice(0, -1).join(', ')} ${conjunction} ${labels.at(-1)}`;
}

/** "the Learner and Instructor roles", "the Admin role". */
export function theRoles(roles: readonly Role[]): string {
  return `the ${describeRoles(roles)} ${roles.length === 1 ? 'role' : 'roles'}`;
}

export function sameRoles(some: readonly Role[], others: readonly Role[]): boolean {
  return roleOrder.every((role) => some.includes(role) === others.includes(role));
}
