import type { EmbeddedDatabase } from '../database/embedded-database';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { embeddedDatabase?: EmbeddedDatabase }).embeddedDatabase?.stop();
}
