import { useId, useRef } from 'react';
import { Button, Checkbox, Input, Label, TextField } from 'react-aria-components';
import { newOption, type OptionDraft } from './question-draft';

interface OptionsEditorProps {
  options: OptionDraft[];
  onChange: (options: OptionDraft[]) => void;
  problem: string | undefined;
}

/** The options of a choice question, each with its text and whether it is correct. */
export function OptionsEditor({ options, onChange, problem }: OptionsEditorProps) {
  const addButton = useRef<HTMLButtonElement>(null);
  const problemId = useId();

  function change(index: number, changes: Partial<OptionDraft>) {
    onChange(options.map((option, at) => (at === index ? { ...option, ...changes } : option)));
  }

  function remove(index: number) {
    onChange(options.filter((_, at) => at !== index));
    // The removed row took its button with it; focus stays in the editor instead of falling to the page.
    addButton.current?.focus();
  }

  return (
    <fieldset className={problem ? 'options-editor options-editor--invalid' : 'options-editor'}>
      <legend className="form-field__label">Options</legend>
      <p className="form-field__hint">
        Tick each correct option. Learners see the options in shuffled order when the quiz shuffles them.
      </p>
      <ol className="options-editor__list">
        {options.map((option, index) => (
          <li key={option.id} className="options-editor__option">
            <TextField className="form-field" value={option.text} onChange={(text) => change(index, { text })}>
              <Label className="form-field__label">Option {index + 1}</Label>
              <Input className="form-field__input" aria-describedby={problem ? problemId : undefined} />
            </TextField>
            <Checkbox className="checkbox" isSelected={option.correct} onChange={(correct) => change(index, { correct })}>
              <span className="checkbox__box" aria-hidden="true" />
              Correct <span className="visually-hidden">(option {index + 1})</span>
            </Checkbox>
            <Button className="link-button" onPress={() => remove(index)}>
              Remove <span className="visually-hidden">option {index + 1}</span>
            </Button>
          </li>
        ))}
      </ol>
      <Button
        ref={addButton}
        className="button button--quiet button--small"
        onPress={() => onChange([...options, newOption(options)])}
      >
        Add an option
      </Button>
      {problem && (
        <p id={problemId} className="form-field__error">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
