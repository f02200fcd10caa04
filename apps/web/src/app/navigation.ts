import type { Role } from '../gql/graphql';
import { usersPath } from '../paths/admin-paths';
import { authorPath } from '../paths/author-paths';
import { certificatesAdminPath, myCertificatesPath } from '../paths/certificate-paths';
import { catalogPath, myLearningPath } from '../paths/learn-paths';
import { reportsPath } from '../paths/report-paths';
import { reviewsPath } from '../paths/review-paths';
import { roleOrder } from './roles';

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
  // Every account has a role, so every signed-in person sees it.
  { label: 'My learning', to: myLearningPath, roles: roleOrder },
  { label: 'My certificates', to: myCertificatesPath, roles: roleOrder },
  { label: 'Authoring', to: authorPath, roles: ['INSTRUCTOR', 'ADMIN'] },
  { label: 'Reports', to: reportsPath, roles: ['INSTRUCTOR', 'ADMIN'] },
  { label: 'Reviews', to: reviewsPath, roles: ['REVIEWER', 'ADMIN'] },
  { label: 'Users', to: usersPath, roles: ['ADMIN'] },
  { label: 'Certificates', to: certificatesAdminPath, roles: ['ADMIN'] },
];

export function navigationFor(roles: readonly Role[]): NavigationEntry[] {
  return navigation.filter((entry) => !entry.roles || entry.roles.some((role) => roles.includes(role)));
}
