import { Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { formatGraphQLError } from './errors';

/** How Apollo hands a resolver's failure to formatError: the GraphQL error wraps the thrown one. */
function failureOf(thrown: Error) {
  const error = new GraphQLError(thrown.message, { path: ['submitQuizAttempt'], originalError: thrown });
  return formatGraphQLError({ message: thrown.message, path: ['submitQuizAttempt'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error);
}

function withCode(message: string, code: string): Error {
  return Object.assign(new Error(message), { code });
}

describe('formatGraphQLError', () => {
  beforeAll(() => Logger.overrideLogger(false));

  it.each([
    ['a refused connection', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['a connection lost mid-query', new Error('Connection terminated unexpectedly')],
    ['a pool that found no connection in time', new Error('timeout exceeded when trying to connect')],
    ['a server shutting down', withCode('terminating connection due to administrator command', '57P01')],
    ['a server restarting after a crash', withCode('the database system is in recovery mode', '57P03')],
    ['a server out of connections', withCode('sorry, too many clients already', '53300')],
    ['a transaction whose connection was lost between two queries', new QueryRunnerProviderAlreadyReleasedError()],
    ['a transaction whose connection was lost before its COMMIT', new QueryRunnerAlreadyReleasedError()],
    ['a failed query whose driver lost the connection', Object.assign(new Error('Query failed'), { driverError: withCode('read ECONNRESET', 'ECONNRESET') })],
  ])('answers %s with SERVICE_UNAVAILABLE, a retry hint and no details', (_, thrown) => {
    expect(failureOf(thrown)).toEqual({
      message: 'The service cannot reach its database right now; try again in a few seconds.',
      path: ['submitQuizAttempt'],
      extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 2 },
    });
  });

  it.each([
    ['a statement cancelled by statement_timeout', Object.assign(new Error('Query failed'), { driverError: withCode('canceling statement due to statement timeout', '57014') })],
    ['a server that stopped answering (query_timeout)', Object.assign(new Error('Query failed'), { driverError: new Error('Query read timeout') })],
  ])('answers %s with SERVICE_UNAVAILABLE and a retry hint: the database is too slow, not the request wrong', (_, thrown) => {
    expect(failureOf(thrown)).toEqual({
      message: 'The database did not answer in time; try again in a few seconds.',
      path: ['submitQuizAttempt'],
      extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 2 },
    });
  });

  it('recognises a socket error that graphql-js wrapped because it came from another realm', () => {
    const wrapped = Object.assign(new Error('Unexpected error value: { code: "ECONNRESET" }'), { name: 'NonErrorThrown', thrownValue: { code: 'ECONNRESET', errno: -104 } });
    expect(failureOf(wrapped).extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 2 });
  });

  it('keeps masking other server failures as INTERNAL_SERVER_ERROR with a request id', () => {
    const formatted = failureOf(withCode('syntax error at or near "SELEC"', '42601'));
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: expect.any(String) });
    expect(formatted.message).not.toContain('SELEC');
  });
});
