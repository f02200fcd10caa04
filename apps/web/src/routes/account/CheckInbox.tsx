import { useEffect, useRef, type ReactNode } from 'react';
import { PageTitle } from '../../ui/PageTitle';
import { ResendConfirmationButton } from './ResendConfirmationButton';

/**
 * Shown once a message is on its way. The heading takes focus, so a screen reader announces the
 * new state of the page rather than staying on a form that is gone.
 */
export function CheckInbox({ email, children, offersNewConfirmationLink = true }: { email: string; children: ReactNode; offersNewConfirmationLink?: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <section className="account-page">
      <PageTitle>Check your inbox</PageTitle>
      <h1 ref={heading} tabIndex={-1}>
        Check your inbox
      </h1>
      <p className="lede">
        We sent a message to <strong>{email}</strong>.
      </p>
      {children}
      {offersNewConfirmationLink && <ResendConfirmationButton email={email} />}
    </section>
  );
}
