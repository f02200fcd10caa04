import {
  CamelCasePlugin,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
} from 'kysely';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import type { DB } from './schema';

/** The data source, or the manager of a transaction a service opened. */
export type Database = DataSource | EntityManager;

export type TypedSql = Kysely<DB>;

/**
 * Statements built with Kysely over the row types generated from the schema (src/database/schema.ts),
 * sent through TypeORM: inside a transaction on its connection, outside it on the pool, and seen
 * by TypeORM's logging and subscribers like every other statement. Transactions stay TypeORM's,
 * opened by services; Kysely only builds and runs the statements inside them.
 */
export function typedSql(db: Database): TypedSql {
  let kept = instances.get(db);
  if (!kept) {
    kept = new Kysely<DB>({
      dialect: {
        createAdapter: () => new PostgresAdapter(),
        createDriver: () => new TypeOrmDriver(db),
        createIntrospector: (kysely) => new PostgresIntrospector(kysely),
        createQueryCompiler: () => new PostgresQueryCompiler(),
      },
      // Keys inside JSON results are renamed too, which jsonArrayFrom's objects need; so no statement
      // answers JSON keyed by data with underscores (json_object_agg keys here are uuids).
      plugins: [new CamelCasePlugin()],
    });
    instances.set(db, kept);
  }
  return kept;
}

const instances = new WeakMap<Database, TypedSql>();

class TypeOrmDriver implements Driver {
  constructor(private readonly db: Database) {}

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    return new TypeOrmConnection(this.db);
  }

  async beginTransaction(): Promise<void> {
    throw new Error('Open transactions with TypeORM (dataSource.transaction) and pass its manager to typedSql.');
  }

  async commitTransaction(): Promise<void> {}

  async rollbackTransaction(): Promise<void> {}

  async releaseConnection(): Promise<void> {}

  async destroy(): Promise<void> {}
}

class TypeOrmConnection implements DatabaseConnection {
  constructor(private readonly db: Database) {}

  async executeQuery<Row>(query: CompiledQuery): Promise<QueryResult<Row>> {
    const parameters = [...query.parameters];
    const transaction = 'queryRunner' in this.db ? this.db.queryRunner : undefined;
    if (transaction) return structured(await transaction.query(query.sql, parameters, true));
    const runner = ('connection' in this.db ? this.db.connection : this.db).createQueryRunner();
    try {
      return structured(await runner.query(query.sql, parameters, true));
    } finally {
      await runner.release();
    }
  }

  async *streamQuery<Row>(): AsyncIterableIterator<QueryResult<Row>> {
    throw new Error('Stream large reads with pg-query-stream on a connection of their own.');
  }
}

function structured<Row>(result: Awaited<ReturnType<QueryRunner['query']>>): QueryResult<Row> {
  return { rows: result.records as Row[], numAffectedRows: result.affected === undefined ? undefined : BigInt(result.affected) };
}
