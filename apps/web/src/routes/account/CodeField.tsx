import { FieldError, Input, Label, Text, TextField } from 'react-aria-components';

function appCodeProblem(value: string): string | null {
  return /^\d{6}$/.test(value.replace(/\s/g, '')) ? null : 'Enter the 6 digits your authenticator app shows.';
}

function appOrRecoveryCodeProblem(value: string): string | null {
  const code = value.replace(/[\s-]/g, '');
  if (/^\d{6}$/.test(code) || /^[0-9a-z]{12}$/i.test(code)) return null;
  return 'Enter the 6 digits your authenticator app shows, or a recovery code like ABCD-EFGH-JKMN.';
}

interface CodeFieldProps {
  label: string;
  /** Whether a recovery code is taken too. */
  recoveryCodes?: boolean;
  description?: string;
  autoFocus?: boolean;
}

/** A code of the authenticator app (or a recovery code), sent by its form as `code`. */
export function CodeField({ label, recoveryCodes = false, description, autoFocus }: CodeFieldProps) {
  return (
    <TextField className="form-field" name="code" validate={recoveryCodes ? appOrRecoveryCodeProblem : appCodeProblem} isRequired autoFocus={autoFocus}>
      <Label className="form-field__label">{label}</Label>
      <Input
        className="form-field__input"
        inputMode={recoveryCodes ? undefined : 'numeric'}
        autoComplete="one-time-code"
        spellCheck={false}
        autoCapitalize="none"
      />
      {description && (
        <Text slot="description" className="form-field__hint">
          {description}
        </Text>
      )}
      <FieldError className="form-field__error" />
    </TextField>
  );
}
