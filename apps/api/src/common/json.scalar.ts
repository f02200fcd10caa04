import { GraphQLScalarType, Kind } from 'graphql';

/** Read-only JSON objects (audit details); never accepted as input. */
export const GraphQLJSONObject = new GraphQLScalarType({
  name: 'JSONObject',
  description: 'A JSON object, for output only.',
  serialize: (value) => value,
  parseValue: () => {
    throw new TypeError('JSONObject is output only.');
  },
  parseLiteral: (ast) => {
    throw new TypeError(`JSONObject is output only (got ${ast.kind === Kind.OBJECT ? 'an object' : ast.kind}).`);
  },
});
