import { Navigate, Outlet, useLocation } from 'react-router';
import type { Role } from '../gql/graphql';
import { returnPathFrom, signInPath, withReturnPath } from '../paths/account-paths';
import { QueryStatus } from '../ui/QueryStatus';
import { NoAccessPage } from './NoAccessPage';
import { useSession } from './session/session-context';
import { TwoFactorGate } from './TwoFactorGate';
import { entersOnlyByRolesNeedingTwoFactor } from './two-factor-roles';

/**
 * Shows the pages below it only to someone with the role, or one of the roles; to anyone signed
 * in when no role is named. Sends anonymous visitors to sign in first.
 */
export function RequireRole({ role }: { role?: Role | readonly Role[] }) {
  const { viewer, viewerError, reloadViewer } = useSession();
  const location = useLocation();

  if (viewer === undefined) return <QueryStatus subject="your account" error={viewerError} reexecuteQuery={reloadViewer} />;
  if (viewer === null) return <Navigate replace to={withReturnPath(signInPath, returnPathFrom(location))} />;
  const neededRoles = typeof role === 'string' ? [role] : (role ?? []);
  if (neededRoles.length > 0 && !neededRoles.some((needed) => viewer.roles.includes(needed))) {
    return <NoAccessPage viewer={viewer} neededRoles={neededRoles} />;
  }
  if (entersOnlyByRolesNeedingTwoFactor(neededRoles, viewer.roles)) {
    return (
      <TwoFactorGate>
        <Outlet />
      </TwoFactorGate>
    );
  }
  return <Outlet />;
}
