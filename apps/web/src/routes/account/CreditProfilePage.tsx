import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Form } from 'react-aria-components';
import { useMutation, useQuery } from 'urql';
import { graphql, readFragment } from '../../gql';
import { readProblem } from '../../ui/api-problem';
import { Day } from '../../ui/Day';
import { NumberInputField, RadioField, TextInputField } from '../../ui/FormFields';
import { PageTitle } from '../../ui/PageTitle';
import { QueryStatus } from '../../ui/QueryStatus';
import { useFormDraft } from '../../ui/use-form-draft';
import { draftOf, inputOf, professionChoices, type CreditProfileDraft, type StoredCreditProfile } from './credit-profile-draft';
import './account.css';
import { FormAlert } from '../../ui/FormAlert';

const StoredCreditProfileFields = graphql(`
  fragment StoredCreditProfileFields on CreditProfile {
    profession
    licenceNumber
    licenceJurisdiction
    npi
    boardReportingConsent
    boardReportingConsentAt
    boardIdentifier
    birthMonth
    birthDay
  }
`);

const MyCreditProfileQuery = graphql(`
  query MyCreditProfile {
    myCreditProfile {
      ...StoredCreditProfileFields
    }
  }
`);

const UpdateCreditProfileMutation = graphql(`
  mutation UpdateCreditProfile($input: CreditProfileInput!) {
    updateCreditProfile(input: $input) {
      ...StoredCreditProfileFields
    }
  }
`);

export function CreditProfilePage() {
  const [{ data, error }, reexecuteQuery] = useQuery({ query: MyCreditProfileQuery });
  if (!data) return <QueryStatus subject="your credit profile" error={error} reexecuteQuery={reexecuteQuery} />;
  return (
    <section className="account-page account-page--wide">
      <PageTitle>Credit profile</PageTitle>
      <h1>Credit profile</h1>
      <p className="lede">
        What accrediting bodies need to award you continuing-education credit. Only you and the platform’s admins can see it, and
        every time an admin opens it is recorded.
      </p>
      <CreditProfileForm stored={readFragment(StoredCreditProfileFields, data.myCreditProfile)} />
    </section>
  );
}

function CreditProfileForm({ stored }: { stored: StoredCreditProfile }) {
  const [consentedAt, setConsentedAt] = useState(stored.boardReportingConsentAt ?? null);
  const [, updateCreditProfile] = useMutation(UpdateCreditProfileMutation);
  const fields = useFormDraft(() => draftOf(stored));
  const { draft, problems, form } = fields;
  const [outcome, setOutcome] = useState<{ saved: boolean; message: string } | null>(null);
  const [saving, setSaving] = useState(false);

  function update(changes: Partial<CreditProfileDraft>) {
    fields.update(changes);
    setOutcome(null);
  }

  function setConsent(boardReportingConsent: boolean) {
    if (boardReportingConsent) update({ boardReportingConsent });
    else update({ boardReportingConsent, boardIdentifier: '', birthMonth: NaN, birthDay: NaN });
  }

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    setOutcome(null);
    const { data, error } = await updateCreditProfile({ input: inputOf(draft) });
    if (data) {
      setSaving(false);
      const saved = readFragment(StoredCreditProfileFields, data.updateCreditProfile);
      fields.reset(draftOf(saved));
      setConsentedAt(saved.boardReportingConsentAt);
      setOutcome({ saved: true, message: 'Your credit profile is saved.' });
      return;
    }
    const problem = readProblem(error!);
    fields.refuse(problem.fields, () => {
      setSaving(false);
      setOutcome({ saved: false, message: `Your credit profile was not saved. ${problem.message}` });
    });
  }

  const withoutConsent = !draft.boardReportingConsent;
  return (
    <Form ref={form} className="account-form" validationBehavior="aria" onSubmit={save}>
      <RadioField label="Profession" value={draft.profession} onChange={(profession) => update({ profession })} choices={professionChoices} problem={problems.profession} />
      <TextInputField
        identifier
        label="Licence number"
        name="licenceNumber"
        value={draft.licenceNumber}
        onChange={(licenceNumber) => update({ licenceNumber })}
        problem={problems.licenceNumber}
      />
      <TextInputField
        identifier
        label="Licence issued by (state or country)"
        name="licenceJurisdiction"
        value={draft.licenceJurisdiction}
        onChange={(licenceJurisdiction) => update({ licenceJurisdiction })}
        description="As written on the licence, e.g. California, Ontario or CA."
        problem={problems.licenceJurisdiction}
      />
      <TextInputField
        identifier
        label="NPI"
        name="npi"
        inputMode="numeric"
        value={draft.npi}
        onChange={(npi) => update({ npi })}
        description="Your 10-digit National Provider Identifier, if you have one."
        problem={problems.npi}
      />
      <fieldset className="credit-profile__board">
        <legend>Board reporting</legend>
        <p id="board-consent-explanation" className="form-field__hint">
          Some boards accept credit only when the provider reports it with your board identifier and birthday (month and day; no
          year is asked for). They are kept only while you consent, used only for reporting your credit to your board, and removed
          as soon as you untick the box and save.
        </p>
        <Checkbox className="checkbox" isSelected={draft.boardReportingConsent} onChange={setConsent} aria-describedby="board-consent-explanation">
          <span className="checkbox__box" aria-hidden="true" />
          I consent to sharing my board identifier and birthday for board reporting
        </Checkbox>
        {consentedAt && draft.boardReportingConsent && (
          <p className="form-field__hint">
            You gave consent on <Day date={consentedAt} />.
          </p>
        )}
        <TextInputField
          identifier
          label="Board identifier"
          name="boardIdentifier"
          isDisabled={withoutConsent}
          value={draft.boardIdentifier}
          onChange={(boardIdentifier) => update({ boardIdentifier })}
          problem={problems.boardIdentifier}
        />
        <div className="credit-profile__birthday">
          <NumberInputField
            fractionDigits={0}
            label="Birth month"
            name="birthMonth"
            isDisabled={withoutConsent}
            value={draft.birthMonth}
            onChange={(birthMonth) => update({ birthMonth })}
            description="1 to 12"
            problem={problems.birthMonth}
          />
          <NumberInputField
            fractionDigits={0}
            label="Birth day"
            name="birthDay"
            isDisabled={withoutConsent}
            value={draft.birthDay}
            onChange={(birthDay) => update({ birthDay })}
            problem={problems.birthDay}
          />
        </div>
      </fieldset>
      {outcome && !outcome.saved && <FormAlert>{outcome.message}</FormAlert>}
      <Button type="submit" className="button" isPending={saving}>
        {saving ? 'Saving…' : 'Save credit profile'}
      </Button>
      <p role="status" className="credit-profile__outcome">
        {outcome?.saved && outcome.message}
      </p>
    </Form>
  );
}
