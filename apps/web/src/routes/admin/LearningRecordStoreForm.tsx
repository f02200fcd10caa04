import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Form } from 'react-aria-components';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { readProblem } from '../../ui/api-problem';
import { TextInputField } from '../../ui/FormFields';
import { useFormDraft } from '../../ui/use-form-draft';
import { FormAlert } from '../../ui/FormAlert';

const SaveLearningRecordStoreMutation = graphql(`
  mutation SaveLearningRecordStore($input: LearningRecordStoreInput!) {
    saveLearningRecordStore(input: $input) {
      endpoint
      authKey
      enabled
      sendsFrom
      updatedAt
    }
  }
`);

export interface LearningRecordStoreDraft {
  endpoint: string;
  authKey: string;
  enabled: boolean;
}

interface LearningRecordStoreFormProps {
  saved: LearningRecordStoreDraft | null;
  onSaved: () => void;
}

/** Sets the LRS, or changes it; the secret is sent only when typed, and never shown. */
export function LearningRecordStoreForm({ saved, onSaved }: LearningRecordStoreFormProps) {
  const { draft, problems, form, update, refuse } = useFormDraft({ ...(saved ?? { endpoint: '', authKey: '', enabled: true }), authSecret: '' });
  const [formProblem, setFormProblem] = useState<string | null>(null);
  const [savedNotice, setSavedNotice] = useState(false);
  const [{ fetching }, save] = useMutation(SaveLearningRecordStoreMutation);
  const change = (changes: Partial<typeof draft>) => {
    update(changes);
    setSavedNotice(false);
  };
  const field = (key: 'endpoint' | 'authKey' | 'authSecret') => ({ value: draft[key], onChange: (value: string) => change({ [key]: value }), problem: problems[key], name: key });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormProblem(null);
    const { authSecret, ...settings } = draft;
    const { error } = await save({ input: { ...settings, authSecret: authSecret || null } }, { additionalTypenames: ['LearningRecordStoreSettings'] });
    if (!error) {
      update({ authSecret: '' });
      setSavedNotice(true);
      onSaved();
      return;
    }
    const problem = readProblem(error);
    refuse(problem.fields, () => setFormProblem(Object.keys(problem.fields).length === 0 ? problem.message : null));
  }

  return (
    <Form ref={form} className="lrs-form" validationBehavior="aria" onSubmit={submit} aria-label="Learning Record Store settings">
      <TextInputField label="Endpoint" {...field('endpoint')} isRequired identifier description="The LRS's xAPI address (https://), like https://lrs.hospital.example.org/xapi/." />
      <TextInputField label="Key" {...field('authKey')} isRequired identifier description="The Basic authentication key the LRS issued." />
      <TextInputField
        label="Secret"
        {...field('authSecret')}
        isRequired={!saved}
        identifier
        description={saved ? 'Kept sealed and never shown. Leave empty to keep the stored one.' : 'Kept sealed and never shown again.'}
      />
      <Checkbox
        className="checkbox"
        isSelected={draft.enabled}
        onChange={(enabled) => change({ enabled })}
      >
        <span className="checkbox__box" aria-hidden="true" />
        Send statements
      </Checkbox>
      {formProblem && <FormAlert>{formProblem}</FormAlert>}
      <div className="lrs-form__actions">
        <Button type="submit" className="button" isPending={fetching}>
          {saved ? 'Save changes' : 'Connect the LRS'}
        </Button>
        <p role="status" className="lrs-form__status">
          {savedNotice ? 'Saved.' : ''}
        </p>
      </div>
    </Form>
  );
}
