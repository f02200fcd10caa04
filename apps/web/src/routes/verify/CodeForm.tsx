import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { verifyPath } from '../../paths/verify-paths';
import { exampleCode, readTypedCode } from './certificate-code';

/**
 * Where a person types the code from a certificate. Plain form controls keep this public page a
 * small download: a phone that scanned the QR code loads little more than the app itself.
 */
export function CodeForm({ heading }: { heading?: string }) {
  const navigate = useNavigate();
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();

  function check(event: FormEvent) {
    event.preventDefault();
    const code = readTypedCode(typed);
    if (!code) {
      setProblem(`A certificate code has 17 letters and digits, like ${exampleCode}.`);
      return;
    }
    setProblem(null);
    setTyped('');
    navigate(verifyPath(code));
  }

  return (
    <form className="code-form" onSubmit={check} noValidate aria-labelledby={heading ? `${id}-heading` : undefined}>
      {heading && <h2 id={`${id}-heading`}>{heading}</h2>}
      <div className="form-field">
        <label className="form-field__label" htmlFor={`${id}-code`}>
          Certificate code
        </label>
        <span id={`${id}-hint`} className="form-field__hint">
          Printed below the QR code, like {exampleCode}. Capitals, spaces and dashes don’t matter.
        </span>
        <div className="code-form__row">
          <input
            id={`${id}-code`}
            className="form-field__input code-form__input"
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            aria-describedby={problem ? `${id}-hint ${id}-problem` : `${id}-hint`}
            aria-invalid={problem ? true : undefined}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            required
          />
          <button type="submit" className="button">
            Check
          </button>
        </div>
        {problem && (
          <span id={`${id}-problem`} className="form-field__error" role="alert">
            {problem}
          </span>
        )}
      </div>
    </form>
  );
}
