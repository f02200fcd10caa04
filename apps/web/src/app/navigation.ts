import type { Role } from '../gql/graphql';
import { accountPath, creditProfilePath } from '../paths/account-paths';
import { identityProvidersPath, learningRecordsPath, ltiPlatformsPath, usersPath } from '../paths/admin-paths';
import { authorPath } from '../paths/author-paths';
import { certificatesAdminPath, myCertificatesPath } from '../paths/certificate-paths';
import { catalogPath, myLearningPath } from '../paths/learn-paths';
import { reportsPath } from '../paths/report-paths';
import { reviewsPath } from '../paths/review-paths';
import { transcriptPath } from '../paths/transcript-paths';
import { twoFactorPath } from '../paths/two-factor-paths';
import { roleOrder } from './roles';

export interface NavigationEntry {
  label: string;
  to: string;
  /** Marks the link current only at exactly this address, not below it. */
  end?: boolean;
  /** Who sees the link; everyone when absent. */
  roles?: readonly Role[];
  /** The menu of the header that holds the link; the header's own row when absent. */
  group?: NavigationGroupName;
}

/**
 * The header keeps one row at 1280 px for every role: the learner's own areas stand in it, the
 * areas of the other roles are grouped in a menu each, so a new page joins a group, not the row.
 */
export type NavigationGroupName = 'Teaching' | 'Administration';

/** The main navigation: each area appears once its pages exist, to the roles that may use them. */
export const navigation: readonly NavigationEntry[] = [
  { label: 'Courses', to: catalogPath, end: true },
  // Every account has a role, so every signed-in person sees it.
  { label: 'My learning', to: myLearningPath, roles: roleOrder },
  { label: 'My certificates', to: myCertificatesPath, roles: roleOrder },
  { label: 'Authoring', to: authorPath, roles: ['INSTRUCTOR', 'ADMIN'], group: 'Teaching' },
  { label: 'Reports', to: reportsPath, roles: ['INSTRUCTOR', 'ADMIN'], group: 'Teaching' },
  { label: 'Reviews', to: reviewsPath, roles: ['REVIEWER', 'ADMIN'], group: 'Teaching' },
  { label: 'Users', to: usersPath, roles: ['ADMIN'], group: 'Administration' },
  { label: 'Certificates', to: certificatesAdminPath, roles: ['ADMIN'], group: 'Administration' },
  { label: 'Sign-in providers', to: identityProvidersPath, roles: ['ADMIN'], group: 'Administration' },
  { label: 'LMS (LTI 1.3)', to: ltiPlatformsPath, roles: ['ADMIN'], group: 'Administration' },
  { label: 'Learning records', to: learningRecordsPath, roles: ['ADMIN'], group: 'Administration' },
];

/** The signed-in person's own pages, in the menu under their name. */
export const accountNavigation: readonly NavigationEntry[] = [
  { label: 'Account', to: accountPath },
  { label: 'Credit profile', to: creditProfilePath },
  { label: 'Transcript', to: transcriptPath },
  { label: 'Two-factor sign-in', to: twoFactorPath },
];

export type NavigationItem =
  | { kind: 'link'; entry: NavigationEntry }
  | { kind: 'group'; label: NavigationGroupName; entries: NavigationEntry[] };

/**
 * What the header shows to someone with these roles, in order: links, and a menu for each group
 * at the place of its first link. A group with a single link for these roles is that link alone.
 */
export function navigationFor(roles: readonly Role[]): NavigationItem[] {
  const visible = navigation.filter((entry) => !entry.roles || entry.roles.some((role) => roles.includes(role)));
  const items: NavigationItem[] = [];
  for (const entry of visible) {
    const { group } = entry;
    if (!group) {
      items.push({ kind: 'link', entry });
      continue;
    }
    if (items.some((item) => item.kind === 'group' && item.label === group)) continue;
    const entries = visible.filter((other) => other.group === group);
    items.push(entries.length === 1 ? { kind: 'link', entry } : { kind: 'group', label: group, entries });
  }
  return items;
}
