import { FieldError, Input, Label, NumberField, Radio, RadioGroup, Text, TextField } from 'react-aria-components';

interface ProfileFieldProps<Value> {
  label: string;
  value: Value;
  onChange: (value: Value) => void;
  description?: string;
  /** What the server said is wrong with the value; shown and read out with the field. */
  problem?: string;
  isDisabled?: boolean;
}

export function ProfileTextField(props: ProfileFieldProps<string> & { name: string; inputMode?: 'numeric' }) {
  const { label, name, value, onChange, description, problem, isDisabled, inputMode } = props;
  return (
    <TextField className="form-field" name={name} value={value} onChange={onChange} isInvalid={Boolean(problem)} isDisabled={isDisabled}>
      <Label className="form-field__label">{label}</Label>
      <Input className="form-field__input" inputMode={inputMode} spellCheck={false} autoComplete="off" />
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
export function ProfileNumberField(props: ProfileFieldProps<number> & { name: string }) {
  const { label, name, value, onChange, description, problem, isDisabled } = props;
  return (
    <NumberField
      className="form-field form-field--number"
      name={name}
      value={value}
      onChange={onChange}
      isInvalid={Boolean(problem)}
      isDisabled={isDisabled}
      formatOptions={{ useGrouping: false, maximumFractionDigits: 0 }}
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

interface ProfileChoiceFieldProps<Value extends string> extends ProfileFieldProps<Value | null> {
  choices: readonly { value: Value; label: string }[];
}

export function ProfileChoiceField<Value extends string>(props: ProfileChoiceFieldProps<Value>) {
  const { label, value, onChange, choices, problem } = props;
  return (
    <RadioGroup className="form-field" value={value} onChange={(chosen) => onChange(chosen as Value)} isInvalid={Boolean(problem)}>
      <Label className="form-field__label">{label}</Label>
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
