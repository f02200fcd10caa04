import { useState } from 'react';
import { Button } from 'react-aria-components';
import { LearnerPicker, type PickedLearner } from './LearnerPicker';
import { ReasonDialog } from '../../ui/ReasonDialog';
import type { IssueOutcome } from './use-issue-certificate';

interface OverrideIssueProps {
  courseTitle: string;
  onIssue: (userId: string, overrideReason: string) => Promise<IssueOutcome>;
}

/** For a learner the list leaves out, e.g. one who did equivalent training elsewhere: issued with a written reason. */
export function OverrideIssue({ courseTitle, onIssue }: OverrideIssueProps) {
  const [learner, setLearner] = useState<PickedLearner | null>(null);
  const [asking, setAsking] = useState(false);

  async function issue(reason: string) {
    if (!learner) return null;
    const outcome = await onIssue(learner.id, reason);
    return 'problem' in outcome ? outcome.problem : null;
  }

  return (
    <section className="override-issue" aria-labelledby="override-heading">
      <h3 id="override-heading">Issue to a learner who is not on the list</h3>
      <p>
        A learner who has not completed the course or accepted its attestation can still be certified, with a reason the audit
        log keeps.
      </p>
      <div className="override-issue__form">
        <LearnerPicker onPick={setLearner} />
        <Button className="button button--quiet" isDisabled={!learner} onPress={() => setAsking(true)}>
          Issue with an override…
        </Button>
      </div>
      {asking && learner && (
        <ReasonDialog
          title={`Issue a certificate to ${learner.name}?`}
          reasonLabel="Reason for the override"
          confirmLabel="Issue certificate"
          onConfirm={issue}
          onClose={() => setAsking(false)}
        >
          <p>
            {learner.name} ({learner.email}) will be certified for {courseTitle} although they are not eligible. The certificate is
            valid at once, and its holder is sent a message about it.
          </p>
        </ReasonDialog>
      )}
    </section>
  );
}
