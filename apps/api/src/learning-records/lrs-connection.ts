import type { Statement } from '@xapi/xapi';

/** Where statements go, with the secret opened for this send only. */
export interface LrsAddress {
  endpoint: string;
  authKey: string;
  authSecret: string;
}

/** Per statement: sent (stored, or held already), refused for good (the LRS will never take it), or to be tried again. */
export type SendOutcome = { kind: 'sent' } | { kind: 'refused'; error: string } | { kind: 'retry'; error: string };

/** A send holds the deliveries' row locks, so an LRS that stops answering must not hold them long. */
const REQUEST_TIMEOUT_MS = 10_000;

function statementsUrl(endpoint: string): URL {
  return new URL('statements', endpoint.endsWith('/') ? endpoint : `${endpoint}/`);
}

async function request(lrs: LrsAddress, method: 'POST' | 'PUT', url: URL, body: unknown): Promise<{ status: number; message: string } | { unreachable: string }> {
  try {
    const response = await fetch(url, {
      method,
      headers: {
        'content-type': 'application/json',
        'x-experience-api-version': '1.0.3',
        authorization: `Basic ${Buffer.from(`${lrs.authKey}:${lrs.authSecret}`).toString('base64')}`,
      },
      body: JSON.stringify(body),
      redirect: 'error',
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const text = (await response.text()).slice(0, 300);
    let message = text;
    try {
      message = (JSON.parse(text) as { message?: string }).message ?? text;
    } catch {
      // not JSON: the text as it came
    }
    return { status: response.status, message };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return { unreachable: cause ?? (error as Error).message };
  }
}

function whatWentWrong(answer: Awaited<ReturnType<typeof request>>): SendOutcome {
  if ('unreachable' in answer) return { kind: 'retry', error: `The LRS could not be reached (${answer.unreachable}).` };
  const { status, message } = answer;
  if (status === 401 || status === 403) return { kind: 'retry', error: `The LRS refused the key and secret (${status}).` };
  if (status === 409) return { kind: 'refused', error: 'The LRS holds a different statement with this id (409).' };
  if (status === 400) return { kind: 'refused', error: `The LRS refused the statement (400): ${message}` };
  return { kind: 'retry', error: `The LRS answered ${status}${message ? `: ${message}` : ''}.` };
}

/**
 * Sends statements in one POST; when the LRS refuses the batch for a statement in it (400, or
 * 409 for an id it holds with other content), each is sent alone with PUT, which the LRS
 * answers 204 for a statement it holds already, so only the one at fault fails.
 */
export async function sendStatements(lrs: LrsAddress, statements: Statement[]): Promise<SendOutcome[]> {
  const url = statementsUrl(lrs.endpoint);
  const batch = await request(lrs, 'POST', url, statements);
  if ('status' in batch && batch.status >= 200 && batch.status < 300) return statements.map(() => ({ kind: 'sent' }));
  const outcome = whatWentWrong(batch);
  if (outcome.kind === 'retry') return statements.map(() => outcome);
  const outcomes: SendOutcome[] = [];
  for (const statement of statements) {
    const single = new URL(url);
    single.searchParams.set('statementId', statement.id!);
    const answer = await request(lrs, 'PUT', single, statement);
    const outcome = 'status' in answer && answer.status >= 200 && answer.status < 300 ? ({ kind: 'sent' } as const) : whatWentWrong(answer);
    outcomes.push(outcome);
    // An LRS that stopped answering well would hold the locks one timeout per statement: the rest wait for the next try.
    if (outcome.kind === 'retry') return [...outcomes, ...statements.slice(outcomes.length).map(() => outcome)];
  }
  return outcomes;
}
