import { graphql, readFragment, type FragmentType } from '../../gql';
import { Day } from '../../ui/Day';
import { scoreLabel } from '../../ui/progress-words';

export const RegradeNotesFragment = graphql(`
  fragment RegradeNotes on QuizAttempt {
    regrades {
      regradeId
      regradedAt
      reason
      oldScore
      newScore
      oldPassed
      newPassed
    }
  }
`);

const outcome = (passed: boolean) => (passed ? 'passed' : 'not passed');

/** Tells the learner that the attempt was graded again after a question was fixed: when, why, and what changed. */
export function RegradeNotes(props: { attempt: FragmentType<typeof RegradeNotesFragment> }) {
  const { regrades } = readFragment(RegradeNotesFragment, props.attempt);
  if (regrades.length === 0) return null;
  return (
    <aside className="regrade-notes" aria-labelledby="regrade-notes-heading">
      <h3 id="regrade-notes-heading">This attempt was regraded</h3>
      <ul>
        {regrades.map((regrade) => (
          <li key={regrade.regradeId}>
            On <Day date={regrade.regradedAt} />: {regrade.reason} Your score went from {scoreLabel(regrade.oldScore)} to{' '}
            {scoreLabel(regrade.newScore)}
            {regrade.oldPassed === regrade.newPassed
              ? ` (still ${outcome(regrade.newPassed)}).`
              : `, and the attempt is now ${outcome(regrade.newPassed)} (it was ${outcome(regrade.oldPassed)}).`}
          </li>
        ))}
      </ul>
    </aside>
  );
}
