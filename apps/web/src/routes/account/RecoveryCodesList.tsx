import { useEffect, useRef } from 'react';

interface RecoveryCodesListProps {
  codes: string[];
  onDone: () => void;
}

/** The recovery codes, this once: each signs in once in place of a code from the app. */
export function RecoveryCodesList({ codes, onDone }: RecoveryCodesListProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="two-factor__codes" aria-labelledby="recovery-codes-heading">
      <h2 id="recovery-codes-heading" ref={heading} tabIndex={-1}>
        Your recovery codes
      </h2>
      <p>
        Two-factor sign-in is on. Keep these codes somewhere safe, apart from your phone: if you lose it, each code signs you in once.
        They are shown only now.
      </p>
      <ol className="two-factor__code-list">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <button type="button" className="button" onClick={onDone}>
        I have saved my codes
      </button>
    </section>
  );
}
