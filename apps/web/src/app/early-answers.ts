import { createRequest, formatDocument, getOperationName, stringifyDocument, type AnyVariables, type DocumentInput } from 'urql';
import { CatalogDocument, CourseOutlineDocument, LessonReaderDocument, VerifyCertificateDocument, ViewerDocument } from '../gql/graphql';

/*
 * The first queries of the pages people open cold (from a search result, a shared link, a
 * certificate's QR code), asked by a small script of their own (src/early.ts) as soon as it loads
 * rather than once the whole app has loaded and rendered; the app takes each answer when it asks
 * the same query (earlyAnswerExchange). A query left out here, or asked differently by its page, is
 * fetched as usual.
 */

interface FirstQuery {
  query: DocumentInput<unknown, AnyVariables>;
  variables: AnyVariables;
}

const pageQueries: [RegExp, (parts: string[]) => FirstQuery][] = [
  [/^\/$/, () => ({ query: CatalogDocument, variables: {} })],
  [/^\/courses\/([^/]+)$/, ([courseSlug]) => ({ query: CourseOutlineDocument, variables: { courseSlug } })],
  [/^\/courses\/([^/]+)\/lessons\/[^/]+$/, ([courseSlug]) => ({ query: LessonReaderDocument, variables: { courseSlug } })],
  [/^\/verify\/([^/]+)$/, ([code]) => ({ query: VerifyCertificateDocument, variables: { code } })],
];

/** Who is signed in, then the page's own query, as the app will ask them at this address. */
export function firstQueriesAt(pathname: string): FirstQuery[] {
  const page = pageQueries.flatMap(([address, queryOf]) => {
    const match = address.exec(pathname);
    return match ? [queryOf(match.slice(1).map(decodeURIComponent))] : [];
  });
  return [{ query: ViewerDocument, variables: {} }, ...page];
}

// Answers are kept only for the app's start: one taken later could tell of a session since ended.
const keptForMs = 10_000;
const answers = new Map<number, Promise<unknown>>();

export function askEarly({ query, variables }: FirstQuery): void {
  const request = createRequest(query, variables);
  const body = JSON.stringify({
    operationName: getOperationName(request.query),
    // As the app's cache asks it: with __typename, which tells it what a later change makes stale.
    query: stringifyDocument(formatDocument(request.query)),
    variables,
  });
  const answer = fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body, credentials: 'same-origin' }).then(
    (response) => response.json(),
  );
  // A failure is the app's to report, when it takes the answer; until then it is not unhandled.
  answer.catch(() => undefined);
  answers.set(request.key, answer);
}

/**
 * The answer to the query with this key (urql's operation key) if this script asked it. It stays
 * for a page that asks again while starting (one shown again once the session is known, say).
 */
export function earlyAnswerTo(key: number): Promise<unknown> | undefined {
  return performance.now() < keptForMs ? answers.get(key) : undefined;
}

/** Signing in or out makes every early answer stale: they were asked for the person before. */
export function forgetEarlyAnswers(): void {
  answers.clear();
}
