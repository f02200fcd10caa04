// The Nest driver loads Apollo's ES module build, so its types come from there too.
import type { ApolloServerPlugin } from '@apollo/server' with { 'resolution-mode': 'import' };
import {
  GraphQLError,
  Kind,
  visit,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { getComplexity, simpleEstimator } from 'graphql-query-complexity';

export const QUERY_LIMITS = { maxDepth: 10, maxAliases: 15, maxDirectives: 50, maxComplexity: 300, maxTokens: 5_000 };

/** Hostile queries are refused before anything runs, with a code and a limit the client can act on. */
export function queryLimitsPlugin(schema: () => GraphQLSchema): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const { depth, aliases, directives } = shapeOf(document);
          if (depth > QUERY_LIMITS.maxDepth) refuse(`The query is ${depth} levels deep; at most ${QUERY_LIMITS.maxDepth} are allowed.`);
          if (aliases > QUERY_LIMITS.maxAliases) refuse(`The query uses ${aliases} aliases; at most ${QUERY_LIMITS.maxAliases} are allowed.`);
          if (directives > QUERY_LIMITS.maxDirectives) {
            refuse(`The query uses ${directives} directives; at most ${QUERY_LIMITS.maxDirectives} are allowed.`);
          }
          const complexity = knownCost(schema(), document, request.variables ?? {}, request.operationName ?? undefined);
          if (complexity > QUERY_LIMITS.maxComplexity) {
            refuse(`The query costs ${complexity}; at most ${QUERY_LIMITS.maxComplexity} is allowed.`);
          }
        },
      };
    },
  };
}

interface DocumentCosts {
  /** @include and @skip make the cost depend on the variables. */
  conditional: boolean;
  byOperation: Map<string, number>;
}

const documentCosts = new WeakMap<DocumentNode, DocumentCosts>();

/**
 * Apollo parses a query text once and hands every request with that text the same document, so
 * its cost is worked out once per operation unless conditions make it depend on the variables.
 * A cost of 0 (variables that do not fit) is not kept: the next request is costed again.
 */
function knownCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName: string | undefined): number {
  let costs = documentCosts.get(document);
  if (!costs) documentCosts.set(document, (costs = { conditional: hasConditions(document), byOperation: new Map() }));
  if (costs.conditional) return costOf(schema, document, variables, operationName);
  const key = operationName ?? '';
  const known = costs.byOperation.get(key) ?? costOf(schema, document, variables, operationName);
  if (known > 0) costs.byOperation.set(key, known);
  return known;
}

function hasConditions(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Directive(node) {
      found ||= node.name.value === 'include' || node.name.value === 'skip';
    },
  });
  return found;
}

/**
 * Variables that do not fit their declared types make the estimator throw; they cost nothing,
 * since execution refuses them as BAD_USER_INPUT (HTTP 400) before any resolver runs.
 */
function costOf(schema: GraphQLSchema, query: DocumentNode, variables: Record<string, unknown>, operationName: string | undefined): number {
  try {
    return getComplexity({ schema, query, variables, operationName, estimators: [simpleEstimator({ defaultComplexity: 1 })] });
  } catch (error) {
    if (error instanceof GraphQLError) return 0;
    throw error;
  }
}

function refuse(message: string): never {
  throw new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } } });
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  return new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
}

function maxDepth(document: DocumentNode): number {
  const fragments = fragmentsOf(document);
  const depthOf = (selectionSet: SelectionSetNode | undefined, seen: Set<string>): number => {
    if (!selectionSet) return 0;
    let deepest = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        deepest = Math.max(deepest, selection.selectionSet ? 1 + depthOf(selection.selectionSet, seen) : 1);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(selection.selectionSet, seen));
      } else if (!seen.has(selection.name.value)) {
        const fragment = fragments.get(selection.name.value);
        deepest = Math.max(deepest, depthOf(fragment?.selectionSet, new Set([...seen, selection.name.value])));
      }
    }
    return deepest;
  };
  return Math.max(
    0,
    ...document.definitions.map((definition) =>
      definition.kind === Kind.OPERATION_DEFINITION ? depthOf(definition.selectionSet, new Set()) : 0,
    ),
  );
}

function countAliases(document: DocumentNode): number {
  let aliases = 0;
  const visit = (selectionSet: SelectionSetNode | undefined) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD && selection.alias) aliases += 1;
      if (selection.kind !== Kind.FRAGMENT_SPREAD) visit(selection.selectionSet);
    }
  };
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION || definition.kind === Kind.FRAGMENT_DEFINITION) {
      visit(definition.selectionSet);
    }
  }
  return aliases;
}

/** Every @include or @skip is work. */
function countDirectives(document: DocumentNode): number {
  let count = 0;
  visit(document, {
    Directive() {
      count += 1;
    },
  });
  return count;
}

interface DocumentShape {
  depth: number;
  aliases: number;
  directives: number;
}

const shapes = new WeakMap<DocumentNode, DocumentShape>();

/** Apollo hands every request with the same query text one parsed document, so its shape is measured once. */
function shapeOf(document: DocumentNode): DocumentShape {
  let shape = shapes.get(document);
  if (!shape) shapes.set(document, (shape = { depth: maxDepth(document), aliases: countAliases(document), directives: countDirectives(document) }));
  return shape;
}
