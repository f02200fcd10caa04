import { useEffect } from 'react';
import { Link } from 'react-router';
import { useSession } from '../../app/session/session-context';
import { catalogPath } from '../../paths/learn-paths';
import { PageTitle } from '../../ui/PageTitle';
import './account.css';

/**
 * Where deleting an account leads. The session is forgotten only here, on a page anyone may see:
 * forgotten on the account page, its guard would send the visitor to sign in.
 */
export function AccountDeletedPage() {
  const { restart } = useSession();
  useEffect(restart, [restart]);
  return (
    <section className="account-page">
      <PageTitle>Account deleted</PageTitle>
      <h1>Your account is deleted</h1>
      <p className="lede">
        You are signed out everywhere. Certificates you were issued can still be verified by their code; nothing else names you.
      </p>
      <p>
        <Link to={catalogPath}>Browse courses</Link>
      </p>
    </section>
  );
}
