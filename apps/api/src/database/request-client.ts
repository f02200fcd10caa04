import { createHash } from 'node:crypto';
import { Client } from 'pg';

/**
 * The API sends the same few hundred statements over and over. Sent with a name, PostgreSQL
 * parses and plans each once per connection instead of on every request, which halves its work
 * on a course page. Only parameterised statements are named (unnamed ones may hold several
 * statements), and only the first `limit` distinct texts, so SQL built at run time can never
 * grow the server's per-connection statement cache without bound.
 */
export class StatementNames {
  private readonly names = new Map<string, string>();

  constructor(private readonly limit = 1_000) {}

  nameOf(text: string): string | undefined {
    const known = this.names.get(text);
    if (known || this.names.size >= this.limit) return known;
    const name = `s${createHash('sha256').update(text).digest('base64url').slice(0, 22)}`;
    this.names.set(text, name);
    return name;
  }
}

const statementNames = new StatementNames();

/**
 * Errors after which the connection is closed, so that the pool replaces it with a new one:
 * - a reply that did not come within `query_timeout`: pg leaves that query on the socket, so every
 *   later one would queue behind it;
 * - a prepared statement a migration made stale (a column it returns changed type), or one the
 *   server no longer has: the connection would fail it on every request.
 */
function leavesConnectionUnusable(error: Error & { code?: string }): boolean {
  return (
    error.message === 'Query read timeout' ||
    (error.code === '0A000' && error.message.startsWith('cached plan must not change result type')) ||
    error.code === '26000'
  );
}

/**
 * The pg client of the API's request pool: it sends parameterised statements as named prepared
 * statements, and closes its connection after an error that leaves it unusable.
 */
export class RequestClient extends Client {
  // pg's overloads cannot be restated one by one; this forwards every form unchanged.
  override query(...args: unknown[]): never {
    const [text, values] = args;
    if (typeof text === 'string' && Array.isArray(values) && values.length > 0) {
      const name = statementNames.nameOf(text);
      if (name) args[0] = { name, text };
    }
    const result = (super.query as (...forwarded: unknown[]) => unknown)(...args);
    if (result instanceof Promise) {
      result.catch((error: Error) => {
        // Ending at once (a hung query's socket is destroyed) also tells the pool not to lend it again.
        if (leavesConnectionUnusable(error)) this.end().catch(() => undefined);
      });
    }
    return result as never;
  }
}
