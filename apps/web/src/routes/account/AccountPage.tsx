import { useSession } from '../../app/session/session-context';
import { PageTitle } from '../../ui/PageTitle';
import { ChangeEmailSection } from './ChangeEmailSection';
import { OwnDataSection } from './OwnDataSection';
import { SessionsSection } from './SessionsSection';
import './account.css';

/** The holder's own account: its address, where it is signed in, and the data the platform keeps. */
export function AccountPage() {
  const { viewer } = useSession();
  return (
    <section className="account-page account-page--wide">
      <PageTitle>Your account</PageTitle>
      <h1>Your account</h1>
      <ChangeEmailSection currentEmail={viewer!.email} />
      <SessionsSection />
      <OwnDataSection />
    </section>
  );
}
