import { useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { CreditType } from '../../gql/graphql';
import { messageWithRetryTime, readProblem } from '../../ui/api-problem';
import { NumberInputField, RadioField, TextInputField } from '../../ui/FormFields';
import { useFormDraft } from '../../ui/use-form-draft';
import { DAY_HINT } from '../../ui/day-range';
import { creditTypeChoices } from './transcript-words';
import { FormAlert } from '../../ui/FormAlert';

const AddExternalCreditMutation = graphql(`
  mutation AddExternalCredit($input: AddExternalCreditInput!) {
    addExternalCredit(input: $input) {
      id
      activityTitle
    }
  }
`);

interface Draft {
  activityTitle: string;
  provider: string;
  creditType: CreditType | null;
  /** NaN while empty. */
  amount: number;
  completedOn: string;
}

const EMPTY: Draft = { activityTitle: '', provider: '', creditType: null, amount: NaN, completedOn: '' };

/** Credit earned elsewhere, which the transcript lists as self-reported; the API's reasons show under each field. */
export function AddExternalCreditForm({ onAdded }: { onAdded: () => void }) {
  const [, addExternalCredit] = useMutation(AddExternalCreditMutation);
  const fields = useFormDraft(EMPTY);
  const { draft, problems, form } = fields;
  const [outcome, setOutcome] = useState<{ added: boolean; message: string } | null>(null);
  const [adding, setAdding] = useState(false);

  function update(changes: Partial<Draft>) {
    fields.update(changes);
    setOutcome(null);
  }

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (adding) return;
    if (!draft.creditType) {
      fields.refuse({ creditType: 'Choose the type of credit.' }, () => setOutcome(null));
      return;
    }
    setAdding(true);
    setOutcome(null);
    const input = { ...draft, creditType: draft.creditType, amount: Number.isNaN(draft.amount) ? 0 : draft.amount };
    const { data, error } = await addExternalCredit({ input });
    if (data) {
      setAdding(false);
      fields.reset(EMPTY);
      setOutcome({ added: true, message: `“${data.addExternalCredit.activityTitle}” is on your transcript, marked as self-reported.` });
      onAdded();
      return;
    }
    const problem = readProblem(error!);
    fields.refuse(problem.fields, () => {
      setAdding(false);
      setOutcome({ added: false, message: `The credit was not added. ${messageWithRetryTime(problem)}` });
    });
  }

  return (
    <section aria-labelledby="add-external-credit" className="transcript-add">
      <h2 id="add-external-credit">Add credit earned elsewhere</h2>
      <p>It appears on your transcript marked as self-reported: this platform has not checked it.</p>
      <Form ref={form} className="transcript-add__form" validationBehavior="aria" onSubmit={add}>
        <TextInputField label="Activity title" name="activityTitle" value={draft.activityTitle} onChange={(activityTitle) => update({ activityTitle })} problem={problems.activityTitle} />
        <TextInputField label="Provider" name="provider" value={draft.provider} onChange={(provider) => update({ provider })} problem={problems.provider} />
        <RadioField label="Credit type" value={draft.creditType} onChange={(creditType) => update({ creditType })} choices={creditTypeChoices} problem={problems.creditType} />
        <NumberInputField
          fractionDigits={2}
          label="Amount (hours)"
          name="amount"
          value={draft.amount}
          onChange={(amount) => update({ amount })}
          description="In quarter hours, e.g. 1, 1.25 or 1.5."
          problem={problems.amount}
        />
        <TextInputField
          identifier
          label="Completed on"
          name="completedOn"
          value={draft.completedOn}
          onChange={(completedOn) => update({ completedOn })}
          description={DAY_HINT}
          problem={problems.completedOn}
        />
        {outcome && !outcome.added && <FormAlert>{outcome.message}</FormAlert>}
        <Button type="submit" className="button" isPending={adding}>
          {adding ? 'Adding…' : 'Add credit'}
        </Button>
        <p role="status">{outcome?.added && outcome.message}</p>
      </Form>
    </section>
  );
}
