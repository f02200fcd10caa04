import { useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { readProblem } from '../../ui/api-problem';
import { TextInputField } from '../../ui/FormFields';

const SaveLtiPlatformMutation = graphql(`
  mutation SaveLtiPlatform($input: LtiPlatformInput!) {
    saveLtiPlatform(input: $input) {
      id
    }
  }
`);

/** The registration form as typed: deployment ids one a line. */
export interface LtiPlatformDraft {
  id: string | null;
  name: string;
  issuer: string;
  clientId: string;
  loginUrl: string;
  accessTokenUrl: string;
  keySetUrl: string;
  deploymentIds: string;
}

export const emptyLtiPlatform: LtiPlatformDraft = { id: null, name: '', issuer: '', clientId: '', loginUrl: '', accessTokenUrl: '', keySetUrl: '', deploymentIds: '' };

interface LtiPlatformFormProps {
  draft: LtiPlatformDraft;
  onSaved: () => void;
  onCancel: () => void;
}

/** Registers an LMS, or changes a registration, with what the LMS shows for the tool. */
export function LtiPlatformForm({ draft: initial, onSaved, onCancel }: LtiPlatformFormProps) {
  const [draft, setDraft] = useState(initial);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [formProblem, setFormProblem] = useState<string | null>(null);
  const [{ fetching }, save] = useMutation(SaveLtiPlatformMutation);
  const field = (key: Exclude<keyof LtiPlatformDraft, 'id'>) => ({
    value: draft[key],
    onChange: (value: string) => {
      setDraft((current) => ({ ...current, [key]: value }));
      setProblems(({ [key]: _corrected, ...others }) => others);
    },
    problem: problems[key],
    name: key,
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormProblem(null);
    const { id, deploymentIds, ...settings } = draft;
    const input = {
      ...(id ? { id } : {}),
      ...settings,
      deploymentIds: deploymentIds
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    };
    const { error } = await save({ input }, { additionalTypenames: ['LtiPlatform'] });
    if (!error) return onSaved();
    const problem = readProblem(error);
    setProblems(problem.fields);
    if (Object.keys(problem.fields).length === 0) setFormProblem(problem.message);
  }

  return (
    <Form className="provider-form" onSubmit={submit} aria-label={draft.id ? `Change ${initial.name}` : 'Register an LMS'}>
      <TextInputField label="Name" {...field('name')} isRequired description="What admins here call the LMS." />
      <TextInputField label="Platform issuer" {...field('issuer')} isRequired identifier description="Exactly as the LMS shows it, like https://moodle.hospital.example.org." />
      <TextInputField label="Client id" {...field('clientId')} isRequired identifier description="The client id the LMS gave the tool." />
      <TextInputField label="Authentication request URL" {...field('loginUrl')} isRequired identifier description="The LMS’s OpenID Connect login (authorisation) URL." />
      <TextInputField label="Access token URL" {...field('accessTokenUrl')} isRequired identifier />
      <TextInputField label="Public key set URL" {...field('keySetUrl')} isRequired identifier />
      <TextInputField label="Deployment ids" {...field('deploymentIds')} isRequired multiline identifier description="One a line; launches from other deployments are refused." />
      {formProblem && (
        <p role="alert" className="form-alert">
          {formProblem}
        </p>
      )}
      <div className="provider-form__actions">
        <Button type="submit" className="button" isPending={fetching}>
          {draft.id ? 'Save changes' : 'Register LMS'}
        </Button>
        <Button className="button button--quiet" onPress={onCancel}>
          Cancel
        </Button>
      </div>
    </Form>
  );
}
