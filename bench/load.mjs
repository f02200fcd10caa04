// autocannon over loopback, with every response's latency kept so percentiles are exact, and
// every body checked: a GraphQL error arrives with status 200 and must not count as served.
import http from 'node:http';
import autocannon from 'autocannon';

const servedBody = (body) => !body.includes('"errors"');

/**
 * One run. `next()` answers the next request as { method, path, headers, body }, so each
 * request can carry its own token or attempt. Runs for `duration` seconds, or for `amount`
 * requests when given; at a steady `rate` of requests per second in all when given.
 */
export async function load({ url, next, connections, duration, amount, rate, verify = servedBody }) {
  if (rate) return steadyLoad({ url, next, connections, duration, rate, verify });
  const latencies = [];
  const instance = autocannon({
    url,
    connections,
    // autocannon refuses a duration given as undefined.
    ...(amount ? { amount } : { duration }),
    timeout: 30,
    requests: [
      {
        setupRequest(request) {
          const { method = 'GET', path, headers = {}, body } = next();
          return { ...request, method, path, body, headers: { ...request.headers, ...headers } };
        },
      },
    ],
    verifyBody: verify,
  });
  instance.on('response', (_client, _status, _bytes, milliseconds) => latencies.push(milliseconds));
  const result = await instance;
  return {
    seconds: result.duration,
    served: result['2xx'] - result.mismatches,
    failed: result.non2xx + result.errors + result.timeouts + result.mismatches,
    latencies,
  };
}

/**
 * Requests sent at an even pace whether or not earlier ones were answered, as many clients each
 * opening a page would (autocannon's own rate limit sends each second's requests in one burst).
 * A request's latency counts from when it was due, so waiting for a free connection counts too.
 */
async function steadyLoad({ url, next, connections, duration, rate, verify }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies = [];
  let served = 0;
  let failed = 0;
  const send = (due) =>
    new Promise((resolve) => {
      const { method = 'GET', path, headers = {}, body } = next();
      const request = http.request(`${url}${path}`, { method, headers, agent }, (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () => {
          if (response.statusCode < 300 && verify(text)) {
            served += 1;
            latencies.push(performance.now() - due);
          } else failed += 1;
          resolve();
        });
      });
      request.on('error', () => {
        failed += 1;
        resolve();
      });
      request.setTimeout(30_000, () => request.destroy(new Error('No answer within 30 s.')));
      request.end(body);
    });
  const total = Math.round(duration * rate);
  const started = performance.now();
  const inFlight = [];
  for (let index = 0; index < total; index++) {
    const due = started + (index * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    inFlight.push(send(due));
  }
  await Promise.all(inFlight);
  agent.destroy();
  return { seconds: (performance.now() - started) / 1000, served, failed, latencies };
}

function percentile(sorted, fraction) {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}

/** Throughput and latency percentiles (ms) over one or more runs. */
export function summarise(runs) {
  const latencies = runs.flatMap((run) => run.latencies).sort((a, b) => a - b);
  const seconds = runs.reduce((sum, run) => sum + run.seconds, 0);
  const served = runs.reduce((sum, run) => sum + run.served, 0);
  return {
    requestsPerSecond: served / seconds,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    served,
    failed: runs.reduce((sum, run) => sum + run.failed, 0),
  };
}

/**
 * The platform and the baseline, each warmed up, then measured in alternating rounds, so a
 * burst of other work on the machine falls on both rather than on one.
 */
export async function compare({ rounds, warmup, platform, baseline }) {
  for (const target of [platform, baseline]) if (warmup) await load({ ...target, ...warmup });
  const runs = { platform: [], baseline: [] };
  for (let round = 0; round < rounds; round++) {
    runs.platform.push(await load(platform));
    runs.baseline.push(await load(baseline));
  }
  return { platform: summarise(runs.platform), baseline: summarise(runs.baseline) };
}
