import { useState } from 'react';
import { Button } from 'react-aria-components';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { graphql, readFragment, type FragmentType } from '../../gql';
import type { TranscriptEntryFragment as TranscriptEntryFields } from '../../gql/graphql';
import { verifyPath } from '../../paths/verify-paths';
import { readProblem } from '../../ui/api-problem';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Day } from '../../ui/Day';
import { creditTypeNames, hours } from './transcript-words';
import '../../ui/table.css';

export const TranscriptEntryFragment = graphql(`
  fragment TranscriptEntry on TranscriptEntry {
    id
    source
    activityTitle
    provider
    creditType
    amount
    date
    certificateCode
  }
`);

const RemoveExternalCreditMutation = graphql(`
  mutation RemoveExternalCredit($id: ID!) {
    removeExternalCredit(id: $id)
  }
`);


export function TranscriptEntries({ entries, onRemoved }: { entries: readonly FragmentType<typeof TranscriptEntryFragment>[]; onRemoved: () => void }) {
  const shown = entries.map((entry) => readFragment(TranscriptEntryFragment, entry));
  if (shown.length === 0) return <p className="notice">No credit in these dates.</p>;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">Credit earned, oldest first</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Activity</th>
            <th scope="col">Provider</th>
            <th scope="col">Credit type</th>
            <th scope="col">Hours</th>
            <th scope="col">Certificate</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((entry) => (
            <tr key={entry.id}>
              <td>
                <Day date={entry.date} />
              </td>
              <th scope="row">{entry.activityTitle}</th>
              <td>{entry.provider}</td>
              <td>{creditTypeNames[entry.creditType]}</td>
              <td className="transcript__hours">{hours(entry.amount)}</td>
              <td>
                {entry.certificateCode ? (
                  <Link to={verifyPath(entry.certificateCode)}>{entry.certificateCode}</Link>
                ) : (
                  <SelfReported entry={entry} onRemoved={onRemoved} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The badge that marks credit the platform has not checked, and the way to take it off the transcript. */
function SelfReported({ entry, onRemoved }: { entry: Pick<TranscriptEntryFields, 'id' | 'activityTitle'>; onRemoved: () => void }) {
  const [, removeExternalCredit] = useMutation(RemoveExternalCreditMutation);
  const [asking, setAsking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function remove() {
    setProblem(null);
    const { error } = await removeExternalCredit({ id: entry.id });
    if (error) setProblem(`Not removed. ${readProblem(error).message}`);
    else onRemoved();
  }

  return (
    <>
      <span className="transcript__self-reported">Self-reported</span>{' '}
      <Button className="link-button" onPress={() => setAsking(true)} aria-label={`Remove ${entry.activityTitle}`}>
        Remove
      </Button>
      <ConfirmDialog
        isOpen={asking}
        onOpenChange={setAsking}
        title="Remove this credit?"
        confirmLabel="Remove credit"
        cancelLabel="Keep it"
        onConfirm={remove}
      >
        <p>“{entry.activityTitle}” comes off your transcript and its totals. You can add it again later.</p>
      </ConfirmDialog>
      {problem && (
        <span role="alert" className="row-outcome">
          {problem}
        </span>
      )}
    </>
  );
}
