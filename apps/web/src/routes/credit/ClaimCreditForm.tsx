import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Form } from 'react-aria-components';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { CreditType } from '../../gql/graphql';
import { readProblem } from '../../ui/api-problem';
import { creditLabel, creditTypeNames, durationWords } from '../../ui/credit-words';
import { NumberInputField, RadioField } from '../../ui/FormFields';
import { useFormDraft } from '../../ui/use-form-draft';
import { FormAlert } from '../../ui/FormAlert';

const ClaimCreditMutation = graphql(`
  mutation ClaimCredit($input: ClaimCreditInput!) {
    claimCredit(input: $input) {
      claimedAt
    }
  }
`);

interface ClaimDraft {
  creditType: CreditType | null;
  /** NaN while the field is empty. */
  amount: number;
  attest: boolean;
}

interface Offer {
  type: CreditType;
  maximum: number;
  designation: string;
  openToProfession: boolean;
}

/** The credit type, the amount in quarter hours, and the attestation when the amount is more than the time measured. */
export function ClaimCreditForm(props: { courseSlug: string; offers: Offer[]; measuredMinutes: number; onClaimed: () => void }) {
  const { courseSlug, measuredMinutes, onClaimed } = props;
  const open = props.offers.filter((offer) => offer.openToProfession);
  const closed = props.offers.filter((offer) => !offer.openToProfession);
  const [, claimCredit] = useMutation(ClaimCreditMutation);
  const { draft, problems, form, update, refuse } = useFormDraft<ClaimDraft>({
    creditType: open.length === 1 ? open[0].type : null,
    amount: NaN,
    attest: false,
  });
  const { creditType, amount, attest } = draft;
  const [alert, setAlert] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  const offer = open.find((candidate) => candidate.type === creditType);
  const beyondMeasured = Number.isFinite(amount) && amount * 60 > measuredMinutes;

  async function claim(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending) return;
    if (!creditType) {
      refuse({ creditType: 'Choose the credit to claim.' }, () => setAlert(null));
      return;
    }
    setSending(true);
    const { error } = await claimCredit({ input: { courseSlug, creditType, amount, attest: beyondMeasured && attest } });
    if (!error) {
      onClaimed();
      return;
    }
    const problem = readProblem(error);
    refuse(problem.code === 'ATTESTATION_REQUIRED' ? { attest: problem.message } : problem.fields, () => {
      setSending(false);
      setAlert(`Your claim was not recorded. ${problem.message}`);
    });
  }

  if (open.length === 0) {
    return <p className="notice">Your profession, as your credit profile states it, cannot claim the credit this course offers.</p>;
  }
  return (
    <Form ref={form} className="claim-form" validationBehavior="aria" onSubmit={claim} aria-labelledby="claim-heading">
      <h2 id="claim-heading">Claim your credit</h2>
      <p>
        The platform measured <strong>{durationWords(measuredMinutes)}</strong> of reading and quiz attempts. Claim only the time you
        spent on the activity.
      </p>
      <RadioField
        label="Credit"
        value={creditType}
        onChange={(chosen) => update({ creditType: chosen })}
        choices={open.map((choice) => ({ value: choice.type, label: creditLabel(choice) }))}
        problem={problems.creditType}
      />
      {offer && <p className="form-field__hint claim-form__designation">{offer.designation}</p>}
      {closed.length > 0 && (
        <p className="form-field__hint">
          Not open to your profession: {closed.map((choice) => creditTypeNames[choice.type]).join(', ')}.
        </p>
      )}
      <NumberInputField
        label="Hours to claim"
        name="amount"
        fractionDigits={2}
        value={amount}
        onChange={(value) => update({ amount: value })}
        description={`In quarter hours (0.25, 0.5, 0.75…)${offer ? `, up to ${offer.maximum}` : ''}.`}
        problem={problems.amount}
        isRequired
      />
      {beyondMeasured && (
        <div className="claim-form__attest">
          <Checkbox className="checkbox" isSelected={attest} onChange={(checked) => update({ attest: checked })} isInvalid={Boolean(problems.attest)}>
            <span className="checkbox__box" aria-hidden="true" />
            I attest that I spent {amount} hours on this activity, more than the platform measured.
          </Checkbox>
          {problems.attest && <p className="form-field__error">{problems.attest}</p>}
        </div>
      )}
      {alert && <FormAlert>{alert}</FormAlert>}
      <Button type="submit" className="button" isPending={sending}>
        {sending ? 'Claiming…' : 'Claim credit'}
      </Button>
    </Form>
  );
}
