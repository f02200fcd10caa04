import { FieldError, Input, Label, NumberField, Radio, RadioGroup, Text, TextArea, TextField } from 'react-aria-components';

interface FieldProps<Value> {
  label: string;
  value: Value;
  onChange: (value: Value) => void;
  description?: string;
  /** What is wrong with the value; shown and read out with the field. */
  problem?: string;
  isRequired?: boolean;
  isDisabled?: boolean;
  /** The form field's name, for fields the browser should tell apart. */
  name?: string;
}

/** `identifier`: a code or number, which the browser should neither spell-check nor fill in. */
export function TextInputField(props: FieldProps<string> & { multiline?: boolean; identifier?: boolean; inputMode?: 'numeric' }) {
  const { label, value, onChange, description, problem, isRequired, isDisabled, name, multiline, identifier, inputMode } = props;
  const asIdentifier = identifier ? { spellCheck: false, autoComplete: 'off' } : {};
  return (
    <TextField
      className="form-field"
      name={name}
      value={value}
      onChange={onChange}
      isInvalid={Boolean(problem)}
      isRequired={isRequired}
      isDisabled={isDisabled}
    >
      <Label className="form-field__label">{label}</Label>
      {multiline ? (
        <TextArea className="form-field__input" rows={3} />
      ) : (
        <Input className="form-field__input" inputMode={inputMode} {...asIdentifier} />
      )}
      {description && (
        <Text slot="description" className="form-field__hint">
          {description}
        </Text>
      )}
      <FieldError className="form-field__error">{problem}</FieldError>
    </TextField>
  );
}

/** NaN stands for an empty field. */
export function NumberInputField(props: FieldProps<number> & { fractionDigits?: number }) {
  const { label, value, onChange, description, problem, isRequired, isDisabled, name, fractionDigits = 6 } = props;
  return (
    <NumberField
      className="form-field form-field--number"
      name={name}
      value={value}
      onChange={onChange}
      isInvalid={Boolean(problem)}
      isRequired={isRequired}
      isDisabled={isDisabled}
      formatOptions={{ useGrouping: false, maximumFractionDigits: fractionDigits }}
    >
      <Label className="form-field__label">{label}</Label>
      <Input className="form-field__input" />
      {description && (
        <Text slot="description" className="form-field__hint">
          {description}
        </Text>
      )}
      <FieldError className="form-field__error">{problem}</FieldError>
    </NumberField>
  );
}

interface RadioFieldProps<Value extends string> extends Omit<FieldProps<Value | null>, 'onChange'> {
  onChange: (value: Value) => void;
  choices: readonly { value: Value; label: string }[];
}

export function RadioField<Value extends string>(props: RadioFieldProps<Value>) {
  const { label, value, onChange, choices, description, problem } = props;
  return (
    <RadioGroup
      className="form-field"
      value={value}
      onChange={(chosen) => onChange(chosen as Value)}
      isInvalid={Boolean(problem)}
    >
      <Label className="form-field__label">{label}</Label>
      {description && (
        <Text slot="description" className="form-field__hint">
          {description}
        </Text>
      )}
      <div className="radio-choices">
        {choices.map((choice) => (
          <Radio key={choice.value} value={choice.value} className="radio">
            <span className="radio__dot" aria-hidden="true" />
            {choice.label}
          </Radio>
        ))}
      </div>
      <FieldError className="form-field__error">{problem}</FieldError>
    </RadioGroup>
  );
}
