import type { Role } from '../gql/graphql';
import { usersPath } from '../routes/admin/admin-paths';
import { catalogPath } from '../routes/learn/learn-paths';

export interface NavigationEntry {
  label: string;
  to: string;
  /** Marks the link current only at exactly this address, not below it. */
  end?: boolean;
  /** Who sees the link; everyone when absent. */
  roles?: readonly Role[];
}

/** The main navigation: each area appears once its pages exist, to the roles that may use them. */
export const navigation: readonly NavigationEntry[] = [
  { label: 'Courses', to: catalogPath, end: true },
  { label: 'Users', to: usersPath, roles: ['ADMIN'] },
];

export function navigationFor(roles: readonly Role[]): NavigationEntry[] {
  return navigation.filter((entry) => !entry.roles || entry.roles.some((role) => roles.includes(role)));
}
