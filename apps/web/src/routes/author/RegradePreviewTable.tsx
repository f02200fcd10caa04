import type { RegradePreviewQuery } from '../../gql/graphql';
import { countLabel } from '../../ui/count-label';
import { scoreLabel } from '../../ui/progress-words';
import '../../ui/table.css';

type Preview = RegradePreviewQuery['regradePreview'];

const outcome = (passed: boolean) => (passed ? 'Passed' : 'Not passed');

/** The dry run: who would change, from what to what. Nothing has been written yet. */
export function RegradePreviewTable({ preview }: { preview: Preview }) {
  return (
    <div className="regrade-preview">
      <p role="status">
        {`${countLabel(preview.attemptsExamined, 'graded attempt')} looked at; ${countLabel(preview.changes.length, 'result')} would change: `}
        {`${preview.nowPassing} would now pass, ${preview.nowFailing} would no longer pass.`}
        {preview.attemptsOpen > 0 && ` ${countLabel(preview.attemptsOpen, 'open attempt')} will be graded this way when submitted.`}
      </p>
      {preview.changes.length > 0 && (
        <div className="table-scroll">
          <table className="data-table">
            <caption>Attempts whose result would change</caption>
            <thead>
              <tr>
                <th scope="col">Learner</th>
                <th scope="col">Attempt</th>
                <th scope="col">Score now</th>
                <th scope="col">Score after</th>
                <th scope="col">Result now</th>
                <th scope="col">Result after</th>
              </tr>
            </thead>
            <tbody>
              {preview.changes.map((change) => (
                <tr key={change.attemptId}>
                  <th scope="row">
                    {change.learnerName} ({change.learnerEmail})
                  </th>
                  <td>{`${change.attemptNumber} (version ${change.quizVersion})`}</td>
                  <td>{scoreLabel(change.oldScore)}</td>
                  <td>{scoreLabel(change.newScore)}</td>
                  <td>{outcome(change.oldPassed)}</td>
                  <td>{outcome(change.newPassed)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
