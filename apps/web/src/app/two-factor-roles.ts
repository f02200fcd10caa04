import type { Role } from '../gql/graphql';

/** As the API rules (TWO_FACTOR_REQUIRED): these roles are used only with two-factor sign-in on. */
const ROLES_NEEDING_TWO_FACTOR: readonly Role[] = ['ADMIN', 'REVIEWER'];

/** Whether the viewer opens the page only through roles that need two-factor sign-in. */
export function entersOnlyByRolesNeedingTwoFactor(neededRoles: readonly Role[], viewerRoles: readonly Role[]): boolean {
  const granting = neededRoles.filter((role) => viewerRoles.includes(role));
  return granting.length > 0 && granting.every((role) => ROLES_NEEDING_TWO_FACTOR.includes(role));
}
