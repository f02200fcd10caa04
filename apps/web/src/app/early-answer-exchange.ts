import { makeResult, type Exchange, type ExecutionResult, type Operation } from 'urql';
import { filter, fromPromise, makeSubject, map, merge, mergeMap, pipe, share } from 'wonka';
import { earlyAnswerTo } from './early-answers';

interface SortedOperation {
  operation: Operation;
  answer: Promise<unknown> | undefined;
}

// A query asked again after a change (network-only) wants the server's answer of now.
function answerable(operation: Operation): boolean {
  return operation.kind === 'query' && operation.context.requestPolicy !== 'network-only';
}

/** Gives a query the answer the page's early script already asked for (early-answers.ts); forwards the rest. */
export const earlyAnswerExchange: Exchange =
  ({ forward }) =>
  (operations$) => {
    const sorted$ = pipe(
      operations$,
      map((operation): SortedOperation => ({ operation, answer: answerable(operation) ? earlyAnswerTo(operation.key) : undefined })),
      share,
    );
    // An early question that got no answer (no connection, say) is asked again the usual way.
    const unanswered = makeSubject<Operation>();
    const answered$ = pipe(
      sorted$,
      filter(({ answer }) => answer !== undefined),
      mergeMap(({ operation, answer }) =>
        fromPromise(
          answer!.then(
            (body) => makeResult(operation, body as ExecutionResult),
            () => {
              unanswered.next(operation);
              return null;
            },
          ),
        ),
      ),
      filter((result) => result !== null),
    );
    const asked$ = forward(
      merge([
        pipe(
          sorted$,
          filter(({ answer }) => answer === undefined),
          map(({ operation }) => operation),
        ),
        unanswered.source,
      ]),
    );
    return merge([answered$, asked$]);
  };
