/** Re-seals each row's stored value with `reseal` (null: leave it as it is) and saves those that changed, one by one; answers how many changed. */
export async function resealEach<Row>(rows: Row[], reseal: (row: Row) => string | null, save: (row: Row, sealed: string) => Promise<unknown>): Promise<number> {
  let changed = 0;
  for (const row of rows) {
    const sealed = reseal(row);
    if (sealed === null) continue;
    await save(row, sealed);
    changed += 1;
  }
  return changed;
}
