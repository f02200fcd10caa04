import { describeRoles, roleOrder } from '../../app/roles';
import type { Role } from '../../gql/graphql';

const actionLabels: Record<string, string> = {
  USER_ROLES_CHANGED: 'Changed roles',
};

/** "Changed roles"; an action this page does not know yet reads as its code in words. */
export function describeAction(action: string): string {
  const words = action.toLowerCase().replaceAll('_', ' ');
  return actionLabels[action] ?? `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}

/** "Learner → Learner and Instructor" for a change with `from` and `to` roles; empty otherwise. */
export function describeChange(details: Record<string, unknown>): string {
  const { from, to } = details;
  if (!isRoleList(from) || !isRoleList(to)) return '';
  return `${describeRoles(from)} → ${describeRoles(to)}`;
}

function isRoleList(value: unknown): value is Role[] {
  return Array.isArray(value) && value.every((role) => roleOrder.includes(role));
}
