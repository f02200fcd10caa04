import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { creditProfilePath, returnPathFrom, signInPath, signUpPath, withReturnPath } from '../paths/account-paths';
import { catalogPath } from '../paths/learn-paths';
import { transcriptPath } from '../paths/transcript-paths';
import { readProblem } from '../ui/api-problem';
import { useSession } from './session/session-context';

/** The header's corner for the person: who is signed in and sign-out, or the ways to sign in. */
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
      <span className="account-menu__name">
        <span className="visually-hidden">Signed in as </span>
        {viewer.name}
      </span>
      <Link to={creditProfilePath}>Credit profile</Link>
      <Link to={transcriptPath}>Transcript</Link>
      <button type="button" className="link-button" onClick={signOutAndLeave} disabled={signingOut}>
        Sign out
      </button>
      {problem && (
        <p role="alert" className="account-menu__problem">
          {problem}
        </p>
      )}
    </div>
  );
}
