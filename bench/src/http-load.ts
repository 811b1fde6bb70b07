/**
 * A closed-loop HTTP load generator: `clients` virtual clients each send one request, wait for the answer,
 * then send the next, until `total` requests have been sent. Latency is measured per request from just
 * before sending to the end of the body; the run's rate is requests answered per second of wall time.
 * Hand-written on undici's Pool (the maintained HTTP client Node's own fetch is built on) because the
 * figures need a fixed number of connections spread over several servers, and per-request bodies.
 */
import { Pool } from 'undici';

export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface LoadResult {
  sent: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  statuses: Record<number, number>;
  /** Parsed JSON answers with a 2xx status, when `keepBodies` is set. */
  bodies: unknown[];
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * q) - 1)] ?? 0;
}

export async function runLoad(opts: {
  origins: string[];
  clients: number;
  total: number;
  request: (i: number) => LoadRequest;
  keepBodies?: boolean;
}): Promise<LoadResult> {
  const pools = opts.origins.map(
    (o) => new Pool(o, { connections: Math.ceil(opts.clients / opts.origins.length), pipelining: 1 }),
  );
  const latencies: number[] = [];
  const statuses: Record<number, number> = {};
  const bodies: unknown[] = [];
  let next = 0;
  const client = async (c: number) => {
    const pool = pools[c % pools.length] as Pool;
    while (next < opts.total) {
      const i = next++;
      const r = opts.request(i);
      const started = performance.now();
      const res = await pool.request({
        method: r.method,
        path: r.path,
        headers: { 'content-type': 'application/json', ...r.headers },
        ...(r.body === undefined ? {} : { body: JSON.stringify(r.body) }),
      });
      const text = await res.body.text();
      latencies.push(performance.now() - started);
      statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1;
      if (opts.keepBodies && res.statusCode < 300 && text) bodies.push(JSON.parse(text));
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: opts.clients }, (_, c) => client(c)));
  const seconds = (performance.now() - t0) / 1000;
  await Promise.all(pools.map((p) => p.close()));
  latencies.sort((a, b) => a - b);
  return {
    sent: latencies.length,
    seconds,
    perSecond: latencies.length / seconds,
    p50: quantile(latencies, 0.5),
    p95: quantile(latencies, 0.95),
    p99: quantile(latencies, 0.99),
    statuses,
    bodies,
  };
}
