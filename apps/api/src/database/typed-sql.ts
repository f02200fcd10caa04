import {
  CamelCasePlugin,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type Compilable,
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

/** What a compiled statement's parameter slot holds: a value fixed when it was built, or a parameter's name. */
type ParameterSlot = { fixed: unknown } | { name: string };

const STAND_IN = '\u0000parameter:';

/**
 * A statement on a hot path, built and compiled once per process instead of on every call:
 * building and compiling with Kysely costs more CPU than PostgreSQL takes to answer a small read.
 * `build` gets stand-ins for the parameters and may only pass them on as values (an array as one
 * value, so `= any(...)`, never `in`); a stand-in spliced into the SQL text, or never sent, is
 * refused when the statement is first compiled. Every call sends the same SQL text, which the
 * request pool also prepares once per connection.
 */
export function compiledOnce<Params extends Record<string, unknown>, Row>(
  build: (db: TypedSql, parameters: Params) => Compilable<Row>,
): (db: Database, parameters: Params) => Promise<Row[]> {
  const perShape = compiledPerShape((_shape: null) => '', (db, parameters: Params) => build(db, parameters));
  return (db, parameters) => perShape(db, null, parameters);
}

/**
 * compiledOnce for a statement whose shape depends on a few choices (an order, which filters
 * apply): `build` decides the shape from `shape` alone, never from the stand-ins, and each shape
 * is compiled the first time it is asked for and kept for the life of the process, so the
 * choices must be few. `nameOf` names a shape.
 */
export function compiledPerShape<Shape, Params extends Record<string, unknown>, Row>(
  nameOf: (shape: Shape) => string,
  build: (db: TypedSql, parameters: Params, shape: Shape) => Compilable<Row>,
): (db: Database, shape: Shape, parameters: Params) => Promise<Row[]> {
  const compiled = new Map<string, { query: CompiledQuery<Row>; slots: ParameterSlot[] }>();
  return async (db, shape, parameters) => {
    const name = nameOf(shape);
    let statement = compiled.get(name);
    if (!statement) {
      statement = compileWithStandIns(typedSql(db), (typed, standIns: Params) => build(typed, standIns, shape));
      compiled.set(name, statement);
    }
    const values = statement.slots.map((slot) => ('name' in slot ? parameters[slot.name] : slot.fixed));
    const { rows } = await typedSql(db).executeQuery<Row>({ ...statement.query, parameters: values });
    return rows;
  };
}

function compileWithStandIns<Params extends Record<string, unknown>, Row>(
  db: TypedSql,
  build: (db: TypedSql, parameters: Params) => Compilable<Row>,
): { query: CompiledQuery<Row>; slots: ParameterSlot[] } {
  const asked = new Set<string>();
  const standIns = new Proxy({} as Params, {
    get: (_target, name) => {
      asked.add(String(name));
      return `${STAND_IN}${String(name)}`;
    },
  });
  const query = build(db, standIns).compile();
  const slots = query.parameters.map((value): ParameterSlot =>
    typeof value === 'string' && value.startsWith(STAND_IN) ? { name: value.slice(STAND_IN.length) } : { fixed: value },
  );
  const sent = new Set(slots.flatMap((slot) => ('name' in slot ? [slot.name] : [])));
  const unsent = [...asked].filter((name) => !sent.has(name));
  if (query.sql.includes(STAND_IN) || unsent.length > 0) {
    throw new Error(`A statement compiled once must send each parameter as a value; not sent as one: ${unsent.join(', ') || 'a stand-in in its SQL'}.`);
  }
  return { query, slots };
}

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
