import {
  getNamedType,
  isObjectType,
  type GraphQLField,
  type GraphQLSchema,
} from 'graphql';

/** One root field of the schema and whether it is read (query) or written (mutation). */
export interface Operation {
  kind: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
}

export interface HostileCall {
  query: string;
  variables: Record<string, unknown>;
  /** Forwarded-address headers, as a client rotating them to escape per-address limits sends them. */
  headers?: Record<string, string>;
}

const NESTED_MARK = 'nested-lists-7f3a9c:';

/**
 * A value `depth` lists deep, written out as text only when the request is sent: JSON.stringify
 * itself recurses, and overflows the stack long before 10,000 levels.
 */
export class NestedLists {
  constructor(readonly depth: number) {}

  toJSON(): string {
    return `${NESTED_MARK}${this.depth}`;
  }
}

/** The request body of a call, with nested lists spelled out. */
export function requestBody({ query, variables }: HostileCall): string {
  return JSON.stringify({ query, variables }).replace(new RegExp(`"${NESTED_MARK}(\\d+)"`, 'g'), (_mark, depth) => {
    const levels = Number(depth);
    return `${'['.repeat(levels)}"x"${']'.repeat(levels)}`;
  });
}

export function operationsOf(schema: GraphQLSchema): Operation[] {
  const of = (kind: Operation['kind'], fields: Record<string, GraphQLField<unknown, unknown>> | undefined) =>
    Object.values(fields ?? {}).map((field) => ({ kind, field }));
  return [...of('query', schema.getQueryType()?.getFields()), ...of('mutation', schema.getMutationType()?.getFields())];
}

/** The operation called with every argument passed as a variable of the argument's own type. */
export function operationText({ kind, field }: Operation): string {
  const declarations = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passing = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isObjectType(getNamedType(field.type)) ? '{ __typename }' : '';
  return field.args.length ? `${kind} Hostile(${declarations}) { ${field.name}(${passing}) ${selection} }` : `${kind} Hostile { ${field.name} ${selection} }`;
}
