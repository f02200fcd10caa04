import { Plugin } from '@nestjs/apollo';
import type { ApolloServerPlugin, GraphQLRequestContext, GraphQLRequestListener } from '@apollo/server';
import type { OperationDefinitionNode } from 'graphql';
import { isClientCode } from '../common/errors';
import type { RequestContext } from '../common/request-context';
import { PlatformMetrics } from './platform-metrics';
import { factsOf } from './request-facts';

/** A document that did not parse or validate has no operation to name. */
const UNRESOLVED = '(invalid)';

/**
 * Names each GraphQL operation for the request's log line and times it for the metrics. The
 * metrics label operations by their root fields, which the schema bounds, never by the name a
 * client chose, which could be anything.
 */
@Plugin()
export class OperationObserver implements ApolloServerPlugin<RequestContext> {
  constructor(private readonly metrics: PlatformMetrics) {}

  async requestDidStart({ contextValue }: GraphQLRequestContext<RequestContext>): Promise<GraphQLRequestListener<RequestContext>> {
    const started = performance.now();
    const facts = factsOf(contextValue.req);
    let fields = UNRESOLVED;
    return {
      didResolveOperation: async ({ operation, operationName }) => {
        if (operation) fields = rootFieldsOf(operation);
        facts.operation = operationName ?? fields;
      },
      willSendResponse: async ({ response }) => {
        const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
        const codes = errors.map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
        facts.errorCode = codes[0];
        this.metrics.operationDuration.observe({ operation: fields, outcome: outcomeOf(codes) }, (performance.now() - started) / 1000);
        if (codes.includes('RATE_LIMITED')) this.metrics.rateLimited.inc({ operation: fields });
        if (fields.split('+').includes('signIn')) {
          for (const code of codes.filter((code) => code !== 'RATE_LIMITED')) this.metrics.signInFailures.inc({ code });
        }
      },
    };
  }
}

function rootFieldsOf(operation: OperationDefinitionNode): string {
  const names = operation.selectionSet.selections.map((selection) => (selection.kind === 'Field' ? selection.name.value : '...'));
  return [...new Set(names)].sort().join('+');
}

function outcomeOf(codes: string[]): 'ok' | 'client_error' | 'server_error' {
  if (codes.length === 0) return 'ok';
  return codes.every(isClientCode) ? 'client_error' : 'server_error';
}
