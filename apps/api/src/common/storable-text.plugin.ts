// The Nest driver loads Apollo's ES module build, so its types come from there too.
import type { ApolloServerPlugin } from '@apollo/server' with { 'resolution-mode': 'import' };
import { GraphQLError, visit, type DocumentNode } from 'graphql';

/** U+0000, or one half of a surrogate pair without the other: PostgreSQL's UTF-8 text can hold neither. */
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Text the database cannot store is refused before anything runs, with a code the client can
 * act on, instead of failing halfway in a validator or in PostgreSQL.
 */
export function storableTextPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          if (literalsUnstorable(document) || unstorable(request.variables)) {
            throw new GraphQLError('Some text contains a character that cannot be stored (a NUL character or half of an emoji); remove it and send again.', {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

function unstorable(value: unknown): boolean {
  if (typeof value === 'string') return UNSTORABLE.test(value);
  if (typeof value !== 'object' || value === null) return false;
  return Object.values(value).some(unstorable);
}

const unstorableLiterals = new WeakMap<DocumentNode, boolean>();

/** Apollo hands every request with the same query text one document, so its literals are checked once. */
function literalsUnstorable(document: DocumentNode): boolean {
  const known = unstorableLiterals.get(document);
  if (known !== undefined) return known;
  let found = false;
  visit(document, {
    StringValue(node) {
      found ||= UNSTORABLE.test(node.value);
    },
  });
  unstorableLiterals.set(document, found);
  return found;
}
