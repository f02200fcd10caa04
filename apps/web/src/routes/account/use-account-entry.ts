import { useNavigate, useSearchParams } from 'react-router';
import { useSession } from '../../app/session/session-context';
import { safeReturnPath } from '../../paths/account-paths';

/** Where signing in or up leads (`?next=`), and the step into the new session once the server agrees. */
export function useAccountEntry() {
  const [searchParams] = useSearchParams();
  const next = safeReturnPath(searchParams.get('next'));
  const { viewer, restart } = useSession();
  const navigate = useNavigate();

  function enter(destination = next) {
    restart();
    // Replaced, so going back does not return to a form that has done its job.
    navigate(destination, { replace: true });
  }

  return { next, alreadySignedIn: Boolean(viewer), enter };
}
