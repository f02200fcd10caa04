import {
  Checkbox,
  CheckboxGroup,
  Input,
  Label,
  NumberField,
  Radio,
  RadioGroup,
  Text,
  TextField,
} from 'react-aria-components';
import type { QuestionType } from '../gql/graphql';
import type { Answer } from './answers';
import './question.css';

/** A question as a learner sees it: nothing about which answer is right. */
export interface ShownQuestion {
  id: string;
  type: QuestionType;
  prompt: string;
  options: readonly { id: string; text: string }[];
}

interface QuestionFieldProps {
  question: ShownQuestion;
  answer: Answer | undefined;
  onChange: (answer: Answer) => void;
}

/** The prompt as the label of the input its type takes, so a screen reader reads them together. */
export function QuestionField({ question, answer, onChange }: QuestionFieldProps) {
  const prompt = <Label className="question__prompt">{question.prompt}</Label>;
  switch (question.type) {
    case 'SINGLE_CHOICE':
    case 'TRUE_FALSE':
      return (
        <RadioGroup
          className="question__field"
          value={answer?.optionIds?.[0] ?? null}
          onChange={(optionId) => onChange({ optionIds: [optionId] })}
        >
          {prompt}
          <div className="question__choices">
            {question.options.map((option) => (
              <Radio key={option.id} value={option.id} className="radio question__choice">
                <span className="radio__dot" aria-hidden="true" />
                {option.text}
              </Radio>
            ))}
          </div>
        </RadioGroup>
      );
    case 'MULTIPLE_CHOICE':
      return (
        <CheckboxGroup
          className="question__field"
          value={[...(answer?.optionIds ?? [])]}
          onChange={(optionIds) => onChange({ optionIds })}
        >
          {prompt}
          <Text slot="description" className="form-field__hint">
            Choose every answer that applies.
          </Text>
          <div className="question__choices">
            {question.options.map((option) => (
              <Checkbox key={option.id} value={option.id} className="checkbox question__choice">
                <span className="checkbox__box" aria-hidden="true" />
                {option.text}
              </Checkbox>
            ))}
          </div>
        </CheckboxGroup>
      );
    case 'NUMERIC':
      return (
        <NumberField
          className="question__field"
          value={answer?.number ?? NaN}
          onChange={(number) => onChange({ number })}
          formatOptions={{ useGrouping: false, maximumFractionDigits: 6 }}
        >
          {prompt}
          <Text slot="description" className="form-field__hint">
            Answer with a number.
          </Text>
          <Input className="form-field__input question__input question__input--number" />
        </NumberField>
      );
    case 'SHORT_TEXT':
      return (
        <TextField className="question__field" value={answer?.text ?? ''} onChange={(text) => onChange({ text })}>
          {prompt}
          <Text slot="description" className="form-field__hint">
            Answer in a few words.
          </Text>
          <Input className="form-field__input question__input" autoComplete="off" spellCheck={false} />
        </TextField>
      );
  }
}
