import { FieldError, Input, Label, Text, TextField } from 'react-aria-components';

interface FormFieldProps {
  label: string;
  name: string;
  type: 'text' | 'email' | 'password';
  autoComplete: 'email' | 'name' | 'new-password' | 'current-password';
  /** Returns what is wrong with the value, in the reader's words, or null. */
  validate: (value: string) => string | null;
  description?: string;
}

/** A labelled text input whose hint and error are read out with it. */
export function FormField({ label, name, type, autoComplete, validate, description }: FormFieldProps) {
  return (
    <TextField className="form-field" name={name} type={type} validate={validate} isRequired>
      <Label className="form-field__label">{label}</Label>
      <Input
        className="form-field__input"
        autoComplete={autoComplete}
        spellCheck={type === 'text' ? undefined : false}
        autoCapitalize={type === 'email' ? 'none' : undefined}
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
