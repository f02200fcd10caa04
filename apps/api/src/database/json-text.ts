import { sql, type Expression, type RawBuilder } from 'kysely';
import type { Json } from './schema';

declare const shape: unique symbol;

/** JSON a statement built, received as text: its length measures it and nothing maps its keys on the way. */
export type JsonText<T> = string & { readonly [shape]: T };

export function asJsonText<T>(json: Expression<T>): RawBuilder<JsonText<T>> {
  return sql<JsonText<T>>`${json}::text`;
}

export function parseJsonText<T>(text: JsonText<T>): T {
  return JSON.parse(text) as T;
}

/** What a json_agg subquery collected, or an empty list where it found no rows. */
export function listOrEmpty<T>(list: Expression<T[] | null>): RawBuilder<T[]> {
  return sql<T[]>`COALESCE(${list}, '[]')`;
}

/** A value for a jsonb column: the driver would send an array as a PostgreSQL array, not as JSON. */
export function asJsonb(value: unknown): RawBuilder<Json> {
  return sql<Json>`${JSON.stringify(value)}::jsonb`;
}
