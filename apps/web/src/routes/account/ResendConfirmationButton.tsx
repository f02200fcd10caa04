import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { messageWithRetryTime, readProblem } from '../../ui/api-problem';
import { FormAlert } from '../../ui/FormAlert';

export const ResendConfirmationMutation = graphql(`
  mutation ResendConfirmation($email: String!) {
    resendConfirmation(email: $email)
  }
`);

/** Asks for a fresh link; the server answers alike for every address, and so does this. */
export function ResendConfirmationButton({ email }: { email: string }) {
  const [{ fetching }, resend] = useMutation(ResendConfirmationMutation);
  const [sent, setSent] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function send() {
    setSent(false);
    setProblem(null);
    const { error } = await resend({ email });
    if (error) setProblem(messageWithRetryTime(readProblem(error)));
    else setSent(true);
  }

  return (
    <div className="resend-confirmation">
      <Button className="button button--quiet" isPending={fetching} onPress={send}>
        Send the link again
      </Button>
      <p role="status">{sent && `If ${email} is waiting to be confirmed, a new link is on its way; earlier links no longer work.`}</p>
      {problem && <FormAlert>{problem}</FormAlert>}
    </div>
  );
}
