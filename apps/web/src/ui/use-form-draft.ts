import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * What a form's fields hold, and the API's reasons under them: changing a field takes its reason
 * away; a refusal shows every reason and moves focus to the first field at fault.
 */
export function useFormDraft<Draft extends object>(initial: Draft | (() => Draft)) {
  const [draft, setDraft] = useState(initial);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const form = useRef<HTMLFormElement>(null);

  function update(changes: Partial<Draft>) {
    setDraft((current) => ({ ...current, ...changes }));
    setProblems((current) => Object.fromEntries(Object.entries(current).filter(([field]) => !(field in changes))));
  }

  /** A fresh start from what was saved: no reasons left. */
  function reset(saved: Draft) {
    setDraft(saved);
    setProblems({});
  }

  /** `alongside` sets what else the refusal shows, such as the form's alert, in the same render. */
  function refuse(fields: Record<string, string>, alongside: () => void) {
    // Rendered before focus moves, so a screen reader reads the field together with its error.
    flushSync(() => {
      setProblems(fields);
      alongside();
    });
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  return { draft, problems, form, update, reset, refuse };
}
