import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { Button, Checkbox, Form } from 'react-aria-components';
import type { FeedbackPolicy, QuizSettingsInput, ScoringRule } from '../../gql/graphql';
import type { EditedQuiz } from './edited-quiz';
import { NumberInputField, RadioField, TextInputField } from '../../ui/FormFields';
import { settingsDraftOf, settingsInput, settingsProblems, type SettingsDraft, type SettingsProblems } from './quiz-settings';
import type { EditOutcome } from './use-quiz-edits';
import { FormAlert } from '../../ui/FormAlert';

const feedbackChoices: { value: FeedbackPolicy; label: string }[] = [
  { value: 'AFTER_SUBMIT', label: 'After each attempt' },
  { value: 'AFTER_PASS', label: 'Once the learner has passed' },
  { value: 'NONE', label: 'Never: the score only' },
];

const scoringChoices: { value: ScoringRule; label: string }[] = [
  { value: 'ALL_OR_NOTHING', label: 'All or nothing' },
  { value: 'PARTIAL_CREDIT', label: 'Partial credit: correct choices minus wrong ones' },
];

interface QuizSettingsFormProps {
  quiz: EditedQuiz;
  onSave: (input: QuizSettingsInput) => Promise<EditOutcome>;
}

export function QuizSettingsForm({ quiz, onSave }: QuizSettingsFormProps) {
  const [draft, setDraft] = useState(() => settingsDraftOf(quiz));
  const [problems, setProblems] = useState<SettingsProblems>({});
  const [outcome, setOutcome] = useState<{ saved: boolean; message: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  function update(changes: Partial<SettingsDraft>) {
    setDraft((current) => ({ ...current, ...changes }));
    setProblems((current) => Object.fromEntries(Object.entries(current).filter(([field]) => !(field in changes))));
    setOutcome(null);
  }

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = settingsProblems(draft);
    if (Object.keys(found).length > 0) {
      flushSync(() => setProblems(found));
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    setSaving(true);
    const result = await onSave(settingsInput(draft));
    setSaving(false);
    setOutcome(
      'problem' in result
        ? { saved: false, message: `The settings were not saved. ${result.problem.message}` }
        : { saved: true, message: 'Settings saved in the draft.' },
    );
  }

  return (
    <Form ref={form} className="settings-form" validationBehavior="aria" onSubmit={save} aria-labelledby="settings-heading">
      <h2 id="settings-heading">Settings</h2>
      <TextInputField
        label="Title"
        isRequired
        value={draft.title}
        onChange={(title) => update({ title })}
        problem={problems.title}
      />
      <div className="form-row">
        <NumberInputField
          label="Pass mark (%)"
          isRequired
          fractionDigits={0}
          value={draft.passingScore}
          onChange={(passingScore) => update({ passingScore })}
          problem={problems.passingScore}
        />
        <NumberInputField
          label="Attempts allowed"
          fractionDigits={0}
          value={draft.maxAttempts}
          onChange={(maxAttempts) => update({ maxAttempts })}
          description="Empty for unlimited."
          problem={problems.maxAttempts}
        />
        <NumberInputField
          label="Wait between attempts (minutes)"
          fractionDigits={2}
          value={draft.cooldownMinutes}
          onChange={(cooldownMinutes) => update({ cooldownMinutes })}
          description="0 or empty for none."
          problem={problems.cooldownMinutes}
        />
        <NumberInputField
          label="Time limit (minutes)"
          fractionDigits={2}
          value={draft.timeLimitMinutes}
          onChange={(timeLimitMinutes) => update({ timeLimitMinutes })}
          description="Empty for no limit."
          problem={problems.timeLimitMinutes}
        />
        <NumberInputField
          label="Questions per attempt"
          fractionDigits={0}
          value={draft.drawCount}
          onChange={(drawCount) => update({ drawCount })}
          description={`Drawn at random from the ${quiz.questions.length}; empty to show them all.`}
          problem={problems.drawCount}
        />
      </div>
      <div className="settings-form__switches">
        <Checkbox
          className="checkbox"
          isSelected={draft.shuffleQuestions}
          onChange={(shuffleQuestions) => update({ shuffleQuestions })}
        >
          <span className="checkbox__box" aria-hidden="true" />
          Shuffle the order of the questions for each attempt
        </Checkbox>
        <Checkbox
          className="checkbox"
          isSelected={draft.shuffleOptions}
          onChange={(shuffleOptions) => update({ shuffleOptions })}
        >
          <span className="checkbox__box" aria-hidden="true" />
          Shuffle the options of each question
        </Checkbox>
      </div>
      <RadioField
        label="Show right answers and explanations"
        value={draft.feedback}
        onChange={(feedback) => update({ feedback })}
        choices={feedbackChoices}
      />
      <RadioField
        label="Scoring of multiple-choice questions"
        value={draft.scoring}
        onChange={(scoring) => update({ scoring })}
        choices={scoringChoices}
      />
      <div className="form-actions">
        <Button type="submit" className="button" isPending={saving}>
          {saving ? 'Saving…' : 'Save settings'}
        </Button>
        <p role="status" className="form-outcome">
          {outcome?.saved && outcome.message}
        </p>
      </div>
      {outcome && !outcome.saved && <FormAlert>{outcome.message}</FormAlert>}
    </Form>
  );
}
