import { useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { LtiPlatformInput } from '../../gql/graphql';
import { readProblem } from '../../ui/api-problem';
import { TextInputField } from '../../ui/FormFields';
import { useFormDraft } from '../../ui/use-form-draft';

const SaveLtiPlatformMutation = graphql(`
  mutation SaveLtiPlatform($input: LtiPlatformInput!) {
    saveLtiPlatform(input: $input) {
      id
    }
  }
`);

/** The registration form as typed: deployment ids one a line. */
export type LtiPlatformDraft = Omit<LtiPlatformInput, 'id' | 'deploymentIds'> & { id: string | null; deploymentIds: string };

export const emptyLtiPlatform: LtiPlatformDraft = { id: null, name: '', issuer: '', clientId: '', loginUrl: '', accessTokenUrl: '', keySetUrl: '', deploymentIds: '' };

interface LtiPlatformFormProps {
  draft: LtiPlatformDraft;
  /** `saved`: whether the registration was stored, or the admin cancelled. */
  onDone: (saved: boolean) => void;
}

/** Registers an LMS, or changes a registration, with what the LMS shows for the tool; a refusal moves focus to its field. */
export function LtiPlatformForm({ draft: initial, onDone }: LtiPlatformFormProps) {
  const { draft, problems, form, update, refuse } = useFormDraft(initial);
  const [formProblem, setFormProblem] = useState<string | null>(null);
  const [{ fetching }, save] = useMutation(SaveLtiPlatformMutation);
  const field = (key: Exclude<keyof LtiPlatformDraft, 'id'>) => ({ value: draft[key], onChange: (value: string) => update({ [key]: value }), problem: problems[key], name: key });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { id, deploymentIds, ...settings } = draft;
    const lines = deploymentIds.split('\n').map((line) => line.trim());
    const { error } = await save({ input: { ...(id ? { id } : {}), ...settings, deploymentIds: lines.filter(Boolean) } }, { additionalTypenames: ['LtiPlatform'] });
    if (!error) return onDone(true);
    const problem = readProblem(error);
    refuse(problem.fields, () => setFormProblem(Object.keys(problem.fields).length === 0 ? problem.message : null));
  }

  return (
    <Form ref={form} className="provider-form" validationBehavior="aria" onSubmit={submit} aria-label={draft.id ? `Change ${initial.name}` : 'Register an LMS'}>
      <TextInputField label="Name" {...field('name')} isRequired description="What admins here call the LMS." />
      <TextInputField label="Platform issuer" {...field('issuer')} isRequired identifier description="Exactly as the LMS shows it, like https://moodle.hospital.example.org." />
      <TextInputField label="Client id" {...field('clientId')} isRequired identifier description="The client id the LMS gave the tool." />
      <TextInputField label="Authentication request URL" {...field('loginUrl')} isRequired identifier description="The LMS’s OpenID Connect login (authorisation) URL." />
      <TextInputField label="Access token URL" {...field('accessTokenUrl')} isRequired identifier />
      <TextInputField label="Public key set URL" {...field('keySetUrl')} isRequired identifier />
      <TextInputField label="Deployment ids" {...field('deploymentIds')} isRequired multiline identifier description="One a line; launches from other deployments are refused." />
      <div className="provider-form__actions">
        <Button type="submit" className="button" isPending={fetching}>
          {draft.id ? 'Save changes' : 'Register LMS'}
        </Button>
        <Button className="button button--quiet" onPress={() => onDone(false)}>
          Cancel
        </Button>
      </div>
      <p role="alert" className={formProblem ? 'form-alert' : undefined}>
        {formProblem}
      </p>
    </Form>
  );
}
