import { useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { readProblem } from '../../ui/api-problem';
import { TextInputField } from '../../ui/FormFields';
import { FormAlert } from '../../ui/FormAlert';

const ClearCitationReviewMutation = graphql(`
  mutation ClearCitationReview($id: ID!, $note: String!) {
    clearCitationReview(id: $id, note: $note) {
      ...CitationReviewFields
    }
  }
`);

/** A reviewer's note that the lesson or question still holds against what it now cites; once sent it cannot be changed. */
export function ClearCitationForm({ reviewId, citing, onCleared }: { reviewId: string; citing: string; onCleared: () => void }) {
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<{ message: string; note?: string } | null>(null);
  const [sending, setSending] = useState(false);
  const [, clear] = useMutation(ClearCitationReviewMutation);

  async function send(event: FormEvent) {
    event.preventDefault();
    setSending(true);
    const { data, error } = await clear({ id: reviewId, note });
    setSending(false);
    if (data?.clearCitationReview) return onCleared();
    const read = readProblem(error!);
    setProblem({ message: read.message, note: read.fields.note });
  }

  return (
    <Form className="clear-citation" onSubmit={send} aria-label={`Clear ${citing}`}>
      <TextInputField
        label="What you checked"
        description="Kept with the flag and in the audit log; it cannot be edited afterwards."
        value={note}
        onChange={setNote}
        problem={problem?.note}
        isRequired
        multiline
      />
      {problem && !problem.note && <FormAlert>{problem.message}</FormAlert>}
      <Button type="submit" className="button" isDisabled={sending}>
        {sending ? 'Clearing…' : 'Still holds: clear the flag'}
      </Button>
    </Form>
  );
}
