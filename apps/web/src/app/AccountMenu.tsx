import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { returnPathFrom, signInPath, signUpPath, withReturnPath } from '../paths/account-paths';
import { catalogPath } from '../paths/learn-paths';
import { readProblem } from '../ui/api-problem';
import { DisclosureMenu } from './DisclosureMenu';
import { accountNavigation } from './navigation';
import { useSession } from './session/session-context';

/** The header's corner for the person: a menu under their name with their own pages and sign-out, or the ways to sign in. */
export function AccountMenu() {
  const { viewer, signOut } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const [signingOut, setSigningOut] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  if (viewer === undefined) return null;

  if (viewer === null) {
    const returnPath = returnPathFrom(location);
    return (
      <ul className="account-menu">
        <li>
          <Link to={withReturnPath(signInPath, returnPath)}>Sign in</Link>
        </li>
        <li>
          <Link to={withReturnPath(signUpPath, returnPath)}>Create an account</Link>
        </li>
      </ul>
    );
  }

  async function signOutAndLeave() {
    setSigningOut(true);
    setProblem(null);
    const error = await signOut();
    setSigningOut(false);
    if (error) setProblem(`Couldn’t sign out. ${readProblem(error).message}`);
    else navigate(catalogPath);
  }

  return (
    <div className="account-menu">
      <DisclosureMenu
        label={
          <>
            <span className="visually-hidden">Signed in as</span>{' '}
            <span className="account-menu__name">{viewer.name}</span>
          </>
        }
      >
        {accountNavigation.map(({ label, to }) => (
          <li key={to}>
            <Link to={to}>{label}</Link>
          </li>
        ))}
        <li className="account-menu__sign-out">
          <button type="button" className="link-button" onClick={signOutAndLeave} disabled={signingOut}>
            Sign out
          </button>
        </li>
      </DisclosureMenu>
      {problem && (
        <p role="alert" className="account-menu__problem">
          {problem}
        </p>
      )}
    </div>
  );
}
