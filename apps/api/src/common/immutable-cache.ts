import type { EntityManager } from 'typeorm';

export type Queryable = Pick<EntityManager, 'query'>;

export interface ReadValue<Value> {
  value: Value;
  /** About what it takes in memory, in the unit the cache's bound uses. */
  size: number;
  /** False for what may still change, such as a draft: it is answered but not kept. */
  keep: boolean;
}

/**
 * Values that never change once written, such as published course and quiz versions, kept by
 * id in this process and shared by every request. Since they cannot change, a kept copy is
 * never stale, here or in any other process. The least recently used are dropped once the kept
 * values' total size passes `maxSize`. Ids not kept are read together: `read` answers every id
 * it is given, with the caller's `db`, so a transaction sees what it has written; `read` marks
 * such rows, and anything that may still change, as not to be kept.
 */
export class ImmutableCache<Value> {
  /** Least recently used first. */
  private readonly entries = new Map<string, Promise<ReadValue<Value>>>();
  private readonly sizes = new Map<string, number>();
  private keptSize = 0;

  constructor(
    private readonly maxSize: number,
    private readonly read: (db: Queryable, ids: string[]) => Promise<Map<string, ReadValue<Value>>>,
  ) {}

  async get(db: Queryable, ids: readonly string[]): Promise<Map<string, Value>> {
    const wanted = [...new Set(ids)];
    const missing = wanted.filter((id) => !this.entries.has(id));
    const loaded = missing.length > 0 ? this.read(db, missing) : null;
    // Other requests may wait on a read made outside a transaction; one made inside it sees
    // writes not committed yet, so it is shared only once it has proved keepable.
    const inTransaction = Boolean((db as Partial<Pick<EntityManager, 'queryRunner'>>).queryRunner?.isTransactionActive);
    const entries = wanted.map((id) => {
      const kept = this.entries.get(id);
      if (kept) return this.touch(id, kept);
      const read = loaded!.then((found) => found.get(id)!);
      if (!inTransaction) return this.touch(id, this.keepWhenRead(id, read));
      return read.then((value) => {
        if (value.keep && !this.entries.has(id)) this.touch(id, this.keepWhenRead(id, Promise.resolve(value)));
        return value;
      });
    });
    return new Map(await Promise.all(entries.map(async (entry, index) => [wanted[index], (await entry).value] as const)));
  }

  /** Makes the entry the most recently used. */
  private touch(id: string, entry: Promise<ReadValue<Value>>): Promise<ReadValue<Value>> {
    this.entries.delete(id);
    this.entries.set(id, entry);
    return entry;
  }

  private keepWhenRead(id: string, entry: Promise<ReadValue<Value>>): Promise<ReadValue<Value>> {
    const current = () => this.entries.get(id) === entry;
    entry.then(
      ({ size, keep }) => {
        if (!current()) return;
        if (!keep) return void this.entries.delete(id);
        this.sizes.set(id, size);
        this.keptSize += size;
        while (this.keptSize > this.maxSize && this.entries.size > 1) this.forget(this.entries.keys().next().value!);
      },
      // A failed read is forgotten, so the next request tries again.
      () => current() && this.forget(id),
    );
    return entry;
  }

  private forget(id: string): void {
    this.keptSize -= this.sizes.get(id) ?? 0;
    this.sizes.delete(id);
    this.entries.delete(id);
  }
}

/**
 * SQL, true when the row `alias` was written by the current transaction: not committed yet, and
 * gone if it rolls back, so not to be kept. (The platform uses no savepoints, whose rows carry
 * their own transaction id.)
 */
export const writtenInThisTransaction = (alias: string) =>
  `COALESCE(${alias}.xmin = xid(pg_current_xact_id_if_assigned()), false)`;

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
