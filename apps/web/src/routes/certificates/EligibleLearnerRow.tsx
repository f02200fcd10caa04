import { useState } from 'react';
import { Button, Checkbox } from 'react-aria-components';
import { graphql, readFragment, type FragmentType } from '../../gql';
import { Day } from '../../ui/Day';
import type { IssueOutcome } from './use-issue-certificate';

export const EligibleLearnerRowFragment = graphql(`
  fragment EligibleLearnerRow on EligibleLearner {
    id
    name
    email
    completedAt
    attestedAt
  }
`);

interface EligibleLearnerRowProps {
  learner: FragmentType<typeof EligibleLearnerRowFragment>;
  isSelected: boolean;
  onSelectedChange: (isSelected: boolean) => void;
  onIssue: (userId: string) => Promise<IssueOutcome>;
}

export function EligibleLearnerRow(props: EligibleLearnerRowProps) {
  const learner = readFragment(EligibleLearnerRowFragment, props.learner);
  const [issuing, setIssuing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function issue() {
    setIssuing(true);
    setProblem(null);
    const outcome = await props.onIssue(learner.id);
    setIssuing(false);
    if ('problem' in outcome) setProblem(outcome.problem);
  }

  return (
    <tr>
      <td>
        <Checkbox
          className="checkbox"
          isSelected={props.isSelected}
          onChange={props.onSelectedChange}
          aria-label={`Select ${learner.name}`}
        >
          <span className="checkbox__box" aria-hidden="true" />
        </Checkbox>
      </td>
      <th scope="row">{learner.name}</th>
      <td>{learner.email}</td>
      <td>
        <Day date={learner.completedAt} />
      </td>
      <td>
        <Day date={learner.attestedAt} />
      </td>
      <td>
        <Button className="button button--small" isPending={issuing} onPress={issue}>
          Issue <span className="visually-hidden">a certificate to {learner.name}</span>
        </Button>
        {problem && (
          <span role="alert" className="row-outcome row-outcome--problem">
            {problem}
          </span>
        )}
      </td>
    </tr>
  );
}
