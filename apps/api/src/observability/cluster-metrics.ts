import cluster, { type Cluster } from 'node:cluster';
import { AggregatorRegistry, type Registry } from 'prom-client';

/** A serving process's scrape, asked of the starting process, and its answer. */
interface MetricsQuestion {
  kind: 'metrics';
  id: number;
}
interface MetricsAnswer extends MetricsQuestion {
  text?: string;
  error?: string;
}

const isMetricsMessage = (message: unknown): message is MetricsAnswer => (message as MetricsQuestion | null)?.kind === 'metrics';

const ANSWER_WITHIN_MS = 10_000;

/**
 * In the starting process of API_PROCESSES > 1: a scrape reaching any serving process answers
 * for all of them, each metric combined as prom-client's AggregatorRegistry combines it (counts
 * and histograms summed, figures read from the database taken once), so Prometheus sees one
 * platform whichever process it reached.
 */
export function clusterMetricsFor(processes: Cluster): void {
  const aggregator = new AggregatorRegistry();
  processes.on('message', (worker, message) => {
    if (!isMetricsMessage(message)) return;
    aggregator.clusterMetrics().then(
      (text) => worker.send({ kind: 'metrics', id: message.id, text } satisfies MetricsAnswer),
      (error: Error) => worker.send({ kind: 'metrics', id: message.id, error: error.message } satisfies MetricsAnswer),
    );
  });
}

/** In a serving process: offers `registry` to the starting process's aggregation. */
export function offerToClusterMetrics(registry: Registry): void {
  if (!cluster.isWorker) return;
  new AggregatorRegistry();
  AggregatorRegistry.setRegistries([registry]);
}

let lastQuestion = 0;

/** What /metrics answers: this process's registry, or every serving process's when it is one of several. */
export function metricsText(registry: Registry): Promise<string> {
  if (!cluster.isWorker) return registry.metrics();
  const id = ++lastQuestion;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => settle(new Error(`The starting process did not answer with the metrics within ${ANSWER_WITHIN_MS / 1000} s.`)), ANSWER_WITHIN_MS);
    const onMessage = (message: unknown) => {
      if (!isMetricsMessage(message) || message.id !== id) return;
      settle(message.error === undefined ? null : new Error(message.error), message.text);
    };
    const settle = (error: Error | null, text?: string) => {
      clearTimeout(timer);
      process.off('message', onMessage);
      if (error) reject(error);
      else resolve(text!);
    };
    process.on('message', onMessage);
    process.send!({ kind: 'metrics', id } satisfies MetricsQuestion);
  });
}
