import { useState } from 'react';
import { useMutation } from 'urql';
import { useSession } from '../../app/session/session-context';
import { graphql } from '../../gql';
import { readProblem } from '../../ui/api-problem';
import { ConfirmDialog } from '../../ui/ConfirmDialog';

const ResetTwoFactorMutation = graphql(`
  mutation ResetTwoFactor($userId: ID!) {
    resetTwoFactor(userId: $userId)
  }
`);

/** For an account whose phone and recovery codes are lost: turns its two-factor off, so it can set it up again. Not for one's own account. */
export function ResetTwoFactorButton({ userId, name }: { userId: string; name: string }) {
  const { viewer } = useSession();
  const [asking, setAsking] = useState(false);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [, reset] = useMutation(ResetTwoFactorMutation);
  if (viewer?.id === userId) return null;

  async function resetNow() {
    const { data, error } = await reset({ userId }, { additionalTypenames: ['AuditEntryConnection'] });
    if (error) setOutcome(readProblem(error).message);
    else setOutcome(data?.resetTwoFactor ? `Two-factor sign-in of ${name} is off; they set it up again.` : `${name} had two-factor sign-in off.`);
  }

  return (
    <>
      <button type="button" className="link-button" onClick={() => setAsking(true)}>
        Reset two-factor <span className="visually-hidden">of {name}</span>
      </button>
      {outcome && (
        <span role="status" className="row-outcome">
          {outcome}
        </span>
      )}
      <ConfirmDialog
        isOpen={asking}
        onOpenChange={setAsking}
        title={`Reset the two-factor sign-in of ${name}?`}
        confirmLabel="Reset two-factor"
        cancelLabel="Keep it"
        onConfirm={() => void resetNow()}
      >
        <p>
          Only when they have lost their phone and their recovery codes, and you know it is them. Their password alone then signs
          them in until they set it up again. The reset is kept in the audit log.
        </p>
      </ConfirmDialog>
    </>
  );
}
