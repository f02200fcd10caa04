import { useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { transcriptPagePath, transcriptPdfPath, type TranscriptRange } from '../../paths/transcript-paths';
import { TextInputField } from '../../ui/FormFields';
import { PageTitle } from '../../ui/PageTitle';
import { QueryStatus } from '../../ui/QueryStatus';
import { AddExternalCreditForm } from './AddExternalCreditForm';
import { DAY_HINT, rangeProblems } from './transcript-days';
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
      <RangeFilter key={`${range.from}/${range.to}`} range={range} />
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

/** The days to show; the address keeps them, so a range can be bookmarked and the PDF link follows it. */
function RangeFilter({ range }: { range: TranscriptRange }) {
  const navigate = useNavigate();
  const [from, setFrom] = useState(range.from ?? '');
  const [to, setTo] = useState(range.to ?? '');
  // Judged once Show is pressed, not while the first date is still being typed.
  const [shown, setShown] = useState(false);
  const problems = shown ? rangeProblems(from.trim(), to.trim()) : {};

  function show(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setShown(true);
    const { from: fromProblem, to: toProblem } = rangeProblems(from.trim(), to.trim());
    if (!fromProblem && !toProblem) navigate(transcriptPagePath({ from: from.trim() || null, to: to.trim() || null }));
  }

  return (
    <Form className="transcript-range" aria-label="Dates to show" validationBehavior="aria" onSubmit={show}>
      <TextInputField identifier label="From" name="from" value={from} onChange={setFrom} description={DAY_HINT} problem={problems.from} />
      <TextInputField identifier label="To" name="to" value={to} onChange={setTo} description={DAY_HINT} problem={problems.to} />
      <Button type="submit" className="button">
        Show
      </Button>
    </Form>
  );
}
