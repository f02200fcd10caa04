import type { DataSource } from 'typeorm';
import { QUEUE_INSTALLED_CHECK } from './job-queue.service';

export interface QueueCounts {
  queue: string;
  /** Waiting to run: new, or failed and due to be tried again. */
  waiting: number;
  /** Failed on their last try; pg-boss keeps them until its retention ends. */
  failed: number;
}

/** Jobs per queue (every queue, idle ones too) as PostgreSQL holds them, so every API process reports the same figures. */
export async function queueCounts(dataSource: DataSource): Promise<QueueCounts[]> {
  const [{ installed }] = await dataSource.query(QUEUE_INSTALLED_CHECK);
  if (!installed) return [];
  const rows: { queue: string; waiting: string; failed: string }[] = await dataSource.query(
    `SELECT q.name AS queue,
            count(j.id) FILTER (WHERE j.state IN ('created', 'retry')) AS waiting,
            count(j.id) FILTER (WHERE j.state = 'failed') AS failed
       FROM pgboss.queue q
       LEFT JOIN pgboss.job j ON j.name = q.name AND j.state IN ('created', 'retry', 'failed')
      GROUP BY q.name`,
  );
  return rows.map((row) => ({ queue: row.queue, waiting: Number(row.waiting), failed: Number(row.failed) }));
}
