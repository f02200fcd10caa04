import { FieldError, Input, Label, NumberField, Radio, RadioGroup, Text, TextArea, TextField } from 'react-aria-components';

interface FieldProps<Value> {
  label: string;
  value: Value;
  onChange: (value: Value) => void;
  description?: string;
  /** What is wrong with the value, in the author's words; shown and read out with the field. */
  problem?: string;
  isRequired?: boolean;
}

export function TextInputField(props: FieldProps<string> & { multiline?: boolean }) {
  const { label, value, onChange, description, problem, isRequired, multiline } = props;
  return (
    <TextField className="form-field" value={value} onChange={onChange} isInvalid={Boolean(problem)} isRequired={isRequired}>
      <Label className="form-field__label">{label}</Label>
      {multiline ? <TextArea className="form-field__input" rows={3} /> : <Input className="form-field__input" />}
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
  const { label, value, onChange, description, problem, isRequired, fractionDigits = 6 } = props;
  return (
    <NumberField
      className="form-field form-field--number"
      value={value}
      onChange={onChange}
      isInvalid={Boolean(problem)}
      isRequired={isRequired}
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
