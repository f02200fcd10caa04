import type { DataSource, MigrationInterface } from 'typeorm';
import { ConfigError } from '../config/app-config';

/** TypeORM's record of the migrations run, as `migrationsTableName` leaves it by default. */
const MIGRATIONS_TABLE = 'migrations';

/**
 * Refuses a database that a newer version of the platform has migrated: this version would run
 * against tables it does not know, and its own migrations could undo what the newer one relies on.
 */
export async function refuseNewerSchema(dataSource: DataSource, known: (new () => MigrationInterface)[]): Promise<void> {
  const [{ exists }] = await dataSource.query(`SELECT to_regclass($1) IS NOT NULL AS exists`, [MIGRATIONS_TABLE]);
  if (!exists) return;
  const applied: { name: string }[] = await dataSource.query(`SELECT name FROM ${MIGRATIONS_TABLE} ORDER BY timestamp`);
  const knownNames = new Set(known.map((migration) => new migration().name ?? migration.name));
  const unknown = applied.map((row) => row.name).filter((name) => !knownNames.has(name));
  if (unknown.length === 0) return;
  const newest = [...knownNames].at(-1);
  throw new ConfigError(
    `This database was migrated by a newer version of the platform (${unknown.join(', ')}), which this version does not know; ` +
      `its newest migration is ${newest}. Run the newer version, or restore a backup taken before the upgrade (npm run restore).`,
  );
}
