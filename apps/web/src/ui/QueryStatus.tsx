import type { CombinedError, OperationContext } from 'urql';
import { readProblem } from './api-problem';
import { PageTitle } from './PageTitle';

interface QueryStatusProps {
  /** What is being loaded, in the reader's words: "courses", "this lesson". */
  subject: string;
  error: CombinedError | undefined;
  reexecuteQuery: (context?: Partial<OperationContext>) => void;
}

/** What a page shows while its query has no data: loading, or a failure with a way to retry. */
export function QueryStatus({ subject, error, reexecuteQuery }: QueryStatusProps) {
  if (!error) {
    return (
      <p role="status" className="loading">
        Loading {subject}…
      </p>
    );
  }
  return (
    <section className="notice notice--error" role="alert">
      <PageTitle>{`Couldn’t load ${subject}`}</PageTitle>
      <h1>We couldn’t load {subject}</h1>
      <p>{readProblem(error).message}</p>
      <button type="button" className="button" onClick={() => reexecuteQuery({ requestPolicy: 'network-only' })}>
        Try again
      </button>
    </section>
  );
}
