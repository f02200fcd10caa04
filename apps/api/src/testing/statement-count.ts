import type { DataSource } from 'typeorm';

/** How many statements `work` sends through the data source. */
export async function statementsOf(dataSource: DataSource, work: () => Promise<unknown>): Promise<number> {
  let count = 0;
  dataSource.subscribers.push({ beforeQuery: () => void count++ });
  try {
    await work();
  } finally {
    dataSource.subscribers.pop();
  }
  return count;
}
