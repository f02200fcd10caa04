import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Form } from 'react-aria-components';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { readProblem } from '../../ui/api-problem';
import { TextInputField } from '../../ui/FormFields';
import { inputOf, readGroupRoles, type IdentityProviderDraft } from './identity-provider-draft';
import { FormAlert } from '../../ui/FormAlert';

const SaveIdentityProviderMutation = graphql(`
  mutation SaveIdentityProvider($input: IdentityProviderInput!) {
    saveIdentityProvider(input: $input) {
      id
    }
  }
`);

interface IdentityProviderFormProps {
  draft: IdentityProviderDraft;
  callbackUrl: string;
  onSaved: () => void;
  onCancel: () => void;
}

/** Adds a provider, or changes one; the secret is sent only when typed, and never shown. */
export function IdentityProviderForm({ draft: initial, callbackUrl, onSaved, onCancel }: IdentityProviderFormProps) {
  const [draft, setDraft] = useState(initial);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [formProblem, setFormProblem] = useState<string | null>(null);
  const [{ fetching }, save] = useMutation(SaveIdentityProviderMutation);
  const field = <Key extends keyof IdentityProviderDraft>(key: Key) => ({
    value: draft[key] as string,
    onChange: (value: string) => {
      setDraft((current) => ({ ...current, [key]: value }));
      // A corrected field no longer holds the form back.
      setProblems(({ [key]: _corrected, ...others }) => others);
    },
    problem: problems[key],
    name: key,
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormProblem(null);
    const mappings = readGroupRoles(draft.groupRoles);
    if ('problem' in mappings) {
      setProblems({ groupRoles: mappings.problem });
      return;
    }
    const { error } = await save({ input: inputOf(draft, mappings.groupRoles) }, { additionalTypenames: ['IdentityProvider', 'SignInProvider'] });
    if (!error) {
      onSaved();
      return;
    }
    const problem = readProblem(error);
    setProblems(problem.fields);
    if (Object.keys(problem.fields).length === 0) setFormProblem(problem.message);
  }

  return (
    <Form className="provider-form" onSubmit={submit} aria-label={draft.id ? `Change ${initial.displayName}` : 'Add a provider'}>
      <TextInputField label="Name on the sign-in page" {...field('displayName')} isRequired description="“Sign in with …”" />
      <TextInputField label="Short name" {...field('slug')} isRequired identifier description="Lower-case letters, digits and dashes; it names the sign-in address." />
      <TextInputField label="Issuer URL" {...field('issuer')} isRequired identifier description="Its /.well-known/openid-configuration is read." />
      <TextInputField label="Client id" {...field('clientId')} isRequired identifier />
      <TextInputField
        label="Client secret"
        {...field('clientSecret')}
        isRequired={!draft.id}
        identifier
        description={draft.id ? 'Kept sealed and never shown. Leave empty to keep the stored one.' : 'Kept sealed and never shown again.'}
      />
      <TextInputField label="Allowed email domains" {...field('allowedDomains')} isRequired multiline identifier description="One a line, like hospital.example.org." />
      <TextInputField label="Groups claim" {...field('groupsClaim')} identifier description="The ID token claim that lists a person’s groups." />
      <TextInputField
        label="Roles of groups"
        {...field('groupRoles')}
        multiline
        identifier
        description="One a line, like “educators = INSTRUCTOR”: members get the role when they sign in."
      />
      <Checkbox className="checkbox" isSelected={draft.enabled} onChange={(enabled) => setDraft((current) => ({ ...current, enabled }))}>
        <span className="checkbox__box" aria-hidden="true" />
        Offered on the sign-in page
      </Checkbox>
      <p className="form-field__hint">
        Register this redirect URI at the provider: <code>{callbackUrl}</code>
      </p>
      {formProblem && <FormAlert>{formProblem}</FormAlert>}
      <div className="provider-form__actions">
        <Button type="submit" className="button" isPending={fetching}>
          {draft.id ? 'Save changes' : 'Add provider'}
        </Button>
        <Button className="button button--quiet" onPress={onCancel}>
          Cancel
        </Button>
      </div>
    </Form>
  );
}
