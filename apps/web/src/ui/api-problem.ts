import type { CombinedError } from 'urql';

/** A failure as the person using the app should read it. */
export interface ApiProblem {
  message: string;
  code: string | undefined;
  /** Messages for named input fields, e.g. `{ email: 'An account with this email already exists…' }`. */
  fields: Record<string, string>;
  retryAfterSeconds: number | undefined;
}

export function readProblem(error: CombinedError): ApiProblem {
  if (error.networkError) {
    return {
      message: 'The server could not be reached. Check your connection, then try again.',
      code: undefined,
      fields: {},
      retryAfterSeconds: undefined,
    };
  }
  const fields: Record<string, string> = {};
  for (const { message, extensions } of error.graphQLErrors) {
    if (typeof extensions?.field === 'string') fields[extensions.field] = message;
    if (isRecord(extensions?.fields)) {
      for (const [field, fieldMessage] of Object.entries(extensions.fields)) {
        if (typeof fieldMessage === 'string') fields[field] = fieldMessage;
      }
    }
  }
  const [first] = error.graphQLErrors;
  const retryAfterSeconds = first?.extensions?.retryAfterSeconds;
  return {
    message: error.graphQLErrors.map(({ message }) => message).join(' '),
    code: typeof first?.extensions?.code === 'string' ? first.extensions.code : undefined,
    fields,
    retryAfterSeconds: typeof retryAfterSeconds === 'number' ? retryAfterSeconds : undefined,
  };
}

/** The message, and for a refusal that lifts after a while the clock time it lifts. */
export function messageWithRetryTime({ message, retryAfterSeconds }: ApiProblem): string {
  if (retryAfterSeconds === undefined) return message;
  const retryAt = new Date(Date.now() + retryAfterSeconds * 1000);
  return `${message} That is at ${retryAt.toLocaleTimeString([], { hour: 'numeric', minute: '2-digit' })}.`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
