import type { ApolloServerPlugin, GraphQLResponse, HeaderMap } from '@apollo/server' with { 'resolution-mode': 'import' };
import type { GraphQLError, DocumentNode, GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/** A document is compiled once it is asked for again: compiling costs more than one execution. */
const COMPILE_AT_USE = 2;
/**
 * Documents followed at most, the least recently used dropped first. A compiled query holds
 * generated code, so a stream of new queries must not grow memory; the web app's persisted
 * operations are a few dozen.
 */
const FOLLOWED_DOCUMENTS = 500;

type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/** How often a document and operation was asked for, or its compiled query once it is (null: not compilable). */
type Followed = number | CompiledQuery | null;

/**
 * Queries run as JavaScript compiled for their document (graphql-jit) instead of being walked
 * field by field, which spends most of a course page's time and memory on bookkeeping. The same
 * resolvers, guards and context run; parsing, validation and the other plugins are unchanged.
 * Mutations are left to graphql-js, which runs their fields one after another. A query whose
 * variables are refused is also left to it, so the refusal reads exactly as before (nothing ran).
 */
export function compiledQueriesPlugin(schema: () => GraphQLSchema, formatError: FormatError): ApolloServerPlugin {
  const followed = new Map<DocumentNode, Map<string, Followed>>();

  function compiled(document: DocumentNode, operationName: string | undefined): CompiledQuery | null {
    const byOperation = followed.get(document) ?? new Map<string, Followed>();
    followed.delete(document);
    followed.set(document, byOperation);
    if (followed.size > FOLLOWED_DOCUMENTS) followed.delete(followed.keys().next().value!);
    const key = operationName ?? '';
    const known = byOperation.get(key) ?? 0;
    if (typeof known !== 'number') return known;
    if (known + 1 < COMPILE_AT_USE) {
      byOperation.set(key, known + 1);
      return null;
    }
    const usable = compile(schema(), document, operationName);
    byOperation.set(key, usable);
    return usable;
  }

  return {
    async requestDidStart() {
      return {
        async responseForOperation({ document, operation, operationName, request, contextValue }): Promise<GraphQLResponse | null> {
          if (operation.operation !== 'query') return null;
          const query = compiled(document, operationName ?? undefined);
          if (!query) return null;
          const result = await query.query(undefined, contextValue, request.variables ?? {});
          if (!('data' in result)) return null;
          return {
            // Nothing to add to the answer's status and headers; Apollo Server only reads these entries.
            http: { headers: new Map() as HeaderMap },
            body: { kind: 'single', singleResult: { data: result.data, errors: result.errors?.map((error) => formatError(formatted(error), error)) } },
          };
        },
      };
    },
  };
}

/** Null for a document graphql-jit cannot compile, which graphql-js then runs. */
function compile(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined): CompiledQuery | null {
  try {
    const compiledQuery = compileQuery(schema, document, operationName);
    return isCompiledQuery(compiledQuery) ? compiledQuery : null;
  } catch {
    return null;
  }
}

/** An error as Apollo Server formats it before the application's own formatting. */
function formatted(error: GraphQLError): GraphQLFormattedError {
  const { message, locations, path, extensions } = error.toJSON();
  return { message, locations, path, extensions: { ...extensions, code: extensions?.code ?? 'INTERNAL_SERVER_ERROR' } };
}
