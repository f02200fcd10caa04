import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { Button, Form } from 'react-aria-components';
import type { QuestionType } from '../../gql/graphql';
import type { EditedQuestion } from './edited-quiz';
import { NumberInputField, RadioField, TextInputField } from '../../ui/FormFields';
import { OptionsEditor } from './OptionsEditor';
import { draftOf, draftProblems, emptyDraft, questionTypeLabels, type DraftProblems, type QuestionDraft } from './question-draft';
import type { EditOutcome } from './use-quiz-edits';
import { FormAlert } from '../../ui/FormAlert';

interface QuestionFormProps {
  /** The question to edit; none for a new one. */
  question?: EditedQuestion;
  title: string;
  onSave: (draft: QuestionDraft) => Promise<EditOutcome>;
  /** After a save the server accepted, or on cancel. */
  onDone: () => void;
}

const typeChoices = Object.entries(questionTypeLabels).map(([value, label]) => ({ value: value as QuestionType, label }));

/** Every question type's fields, checked as the server checks them before anything is sent. */
export function QuestionForm({ question, title, onSave, onDone }: QuestionFormProps) {
  const [draft, setDraft] = useState(() => (question ? draftOf(question) : emptyDraft()));
  const [problems, setProblems] = useState<DraftProblems>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  function update(changes: Partial<QuestionDraft>) {
    setDraft((current) => ({ ...current, ...changes }));
    setProblems((current) => Object.fromEntries(Object.entries(current).filter(([field]) => !(field in changes))));
  }

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = draftProblems(draft, !question);
    if (Object.keys(found).length > 0) {
      // Rendered before focus moves, so the first field is read out together with its problem.
      flushSync(() => setProblems(found));
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"], .options-editor--invalid input')?.focus();
      return;
    }
    setSaving(true);
    setRefusal(null);
    const outcome = await onSave(draft);
    setSaving(false);
    if ('problem' in outcome) setRefusal(outcome.problem.message);
    else onDone();
  }

  return (
    <Form ref={form} className="question-form" validationBehavior="aria" onSubmit={save} aria-label={title}>
      <h3>{title}</h3>
      <RadioField label="Type of question" value={draft.type} onChange={(type) => update({ type })} choices={typeChoices} />
      {!question && (
        <TextInputField
          label="Key (optional)"
          value={draft.key}
          onChange={(key) => update({ key })}
          description={
            'A short name that stays the same across versions, such as toxin-source, so item analysis can follow ' +
            'the question. Left empty, one is made up.'
          }
          problem={problems.key}
        />
      )}
      <TextInputField
        label="Question"
        multiline
        isRequired
        value={draft.prompt}
        onChange={(prompt) => update({ prompt })}
        problem={problems.prompt}
      />
      {(draft.type === 'SINGLE_CHOICE' || draft.type === 'MULTIPLE_CHOICE') && (
        <OptionsEditor options={draft.options} onChange={(options) => update({ options })} problem={problems.options} />
      )}
      {draft.type === 'TRUE_FALSE' && (
        <RadioField
          label="The statement is"
          value={draft.statementIsTrue === null ? null : String(draft.statementIsTrue)}
          onChange={(chosen) => update({ statementIsTrue: chosen === 'true' })}
          choices={[
            { value: 'true', label: 'True' },
            { value: 'false', label: 'False' },
          ]}
          problem={problems.statementIsTrue}
        />
      )}
      {draft.type === 'NUMERIC' && <NumericAnswerFields draft={draft} problems={problems} onChange={update} />}
      {draft.type === 'SHORT_TEXT' && (
        <TextInputField
          label="Accepted answers"
          multiline
          isRequired
          value={draft.acceptedAnswers}
          onChange={(acceptedAnswers) => update({ acceptedAnswers })}
          description="One per line. Capitals and extra spaces in a learner’s answer are ignored."
          problem={problems.acceptedAnswers}
        />
      )}
      <TextInputField
        label="Explanation"
        multiline
        isRequired
        value={draft.explanation}
        onChange={(explanation) => update({ explanation })}
        description="Learners read it after submitting, when the quiz shows feedback."
        problem={problems.explanation}
      />
      <TextInputField
        label="Source passage anchor"
        value={draft.passageAnchor}
        onChange={(passageAnchor) => update({ passageAnchor })}
        description={
          'The passage of the course source the question tests, such as botox-in-migraine-6, if it tests one. ' +
          'Feedback links learners to it and to what the evidence says of it.'
        }
        problem={problems.passageAnchor}
      />
      <TextInputField
        label="References"
        value={draft.referenceKeys}
        onChange={(referenceKeys) => update({ referenceKeys })}
        description="Keys of the course's references that support the answer, separated by commas, such as botox-label."
        problem={problems.referenceKeys}
      />
      {refusal && <FormAlert>The question was not saved. {refusal}</FormAlert>}
      <div className="form-actions">
        <Button type="submit" className="button" isPending={saving}>
          {saving ? 'Saving…' : 'Save question'}
        </Button>
        <Button className="button button--quiet" onPress={onDone}>
          Cancel
        </Button>
      </div>
    </Form>
  );
}

interface NumericAnswerFieldsProps {
  draft: QuestionDraft;
  problems: DraftProblems;
  onChange: (changes: Partial<QuestionDraft>) => void;
}

function NumericAnswerFields({ draft, problems, onChange }: NumericAnswerFieldsProps) {
  return (
    <>
      <RadioField
        label="The right answer is"
        value={draft.numericForm}
        onChange={(numericForm) => onChange({ numericForm })}
        choices={[
          { value: 'VALUE', label: 'A number, give or take a tolerance' },
          { value: 'RANGE', label: 'Any number in a range' },
        ]}
      />
      {draft.numericForm === 'VALUE' ? (
        <div className="form-row">
          <NumberInputField
            label="Right answer"
            isRequired
            value={draft.value}
            onChange={(value) => onChange({ value })}
            problem={problems.value}
          />
          <NumberInputField
            label="Tolerance (±)"
            value={draft.tolerance}
            onChange={(tolerance) => onChange({ tolerance })}
            description="Empty for exactly this number."
            problem={problems.tolerance}
          />
        </div>
      ) : (
        <div className="form-row">
          <NumberInputField
            label="From (min)"
            isRequired
            value={draft.min}
            onChange={(min) => onChange({ min })}
            problem={problems.min}
          />
          <NumberInputField
            label="To (max)"
            isRequired
            value={draft.max}
            onChange={(max) => onChange({ max })}
            problem={problems.max}
          />
        </div>
      )}
    </>
  );
}
