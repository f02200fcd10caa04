import type { ReactNode } from 'react';

/** Why a form or an action did not go through, announced as soon as it appears. */
export function FormAlert({ children }: { children: ReactNode }) {
  return (
    <p role="alert" className="form-alert">
      {children}
    </p>
  );
}
