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

/** A pg client that sends parameterised statements as named prepared statements. */
export class PreparingClient extends Client {
  // pg's overloads cannot be restated one by one; this forwards every form unchanged.
  override query(...args: unknown[]): never {
    const [text, values] = args;
    if (typeof text === 'string' && Array.isArray(values) && values.length > 0) {
      const name = statementNames.nameOf(text);
      if (name) args[0] = { name, text };
    }
    return (super.query as (...forwarded: unknown[]) => never)(...args);
  }
}
