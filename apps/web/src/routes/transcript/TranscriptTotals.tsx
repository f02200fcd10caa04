import { graphql, readFragment, type FragmentType } from '../../gql';
import { creditTypeNames, hours } from './transcript-words';
import '../../ui/table.css';

export const TranscriptTotalFragment = graphql(`
  fragment TranscriptTotal on CreditTotal {
    creditType
    platform
    selfReported
    combined
  }
`);

/** Hours of each credit type: earned here, reported from elsewhere, and both together. */
export function TranscriptTotals({ totals }: { totals: readonly FragmentType<typeof TranscriptTotalFragment>[] }) {
  const shown = totals.map((total) => readFragment(TranscriptTotalFragment, total));
  if (shown.length === 0) return null;
  return (
    <section aria-labelledby="transcript-totals">
      <h2 id="transcript-totals">Totals</h2>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">Hours by credit type</caption>
          <thead>
            <tr>
              <th scope="col">Credit type</th>
              <th scope="col">On this platform</th>
              <th scope="col">Self-reported</th>
              <th scope="col">Combined</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((total) => (
              <tr key={total.creditType}>
                <th scope="row">{creditTypeNames[total.creditType]}</th>
                <td className="transcript__hours">{hours(total.platform)}</td>
                <td className="transcript__hours">{hours(total.selfReported)}</td>
                <td className="transcript__hours">{hours(total.combined)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
