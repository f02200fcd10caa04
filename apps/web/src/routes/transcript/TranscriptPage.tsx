import { useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { transcriptPagePath, transcriptPdfPath, type TranscriptRange } from '../../paths/transcript-paths';
import { DayRangeForm } from '../../ui/DayRangeForm';
import { PageTitle } from '../../ui/PageTitle';
import { QueryStatus } from '../../ui/QueryStatus';
import { AddExternalCreditForm } from './AddExternalCreditForm';
import { TranscriptEntries } from './TranscriptEntries';
import { TranscriptTotals } from './TranscriptTotals';
import './transcript.css';

const MyTranscriptQuery = graphql(`
  query MyTranscript($from: Date, $to: Date) {
    myTranscript(from: $from, to: $to) {
      entries {
        id
        ...TranscriptEntry
      }
      totals {
        ...TranscriptTotal
      }
    }
  }
`);

/** Every credit the learner earned in a range of days, with totals, the PDF of it, and credit earned elsewhere to add. */
export function TranscriptPage() {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  // The address keeps the days, so a range can be bookmarked and the PDF link follows it.
  const range: TranscriptRange = { from: searchParams.get('from'), to: searchParams.get('to') };
  const [{ data, error }, reexecuteQuery] = useQuery({ query: MyTranscriptQuery, variables: range, requestPolicy: 'cache-and-network' });
  const refresh = () => reexecuteQuery({ requestPolicy: 'network-only' });

  return (
    <>
      <PageTitle>Transcript</PageTitle>
      <header className="page-header">
        <h1>Transcript</h1>
        <p className="lede">
          Every continuing-education credit you earned: on this platform, each with the certificate code anyone can check, and
          elsewhere, as you report it.
        </p>
      </header>
      <DayRangeForm key={`${range.from}/${range.to}`} label="Dates to show" range={range} onShow={(shown) => navigate(transcriptPagePath(shown))} />
      {!data ? (
        <QueryStatus subject="your transcript" error={error} reexecuteQuery={reexecuteQuery} />
      ) : (
        <>
          <p>
            <a className="button button--quiet" href={transcriptPdfPath(range)} download>
              Download PDF of these dates
            </a>
          </p>
          <TranscriptEntries entries={data.myTranscript.entries} onRemoved={refresh} />
          <TranscriptTotals totals={data.myTranscript.totals} />
        </>
      )}
      <AddExternalCreditForm onAdded={refresh} />
    </>
  );
}
