/**
 * A closed-loop HTTP load generator: `clients` virtual clients each run one flow (one or more requests,
 * each waiting for the previous answer), then the next, until `total` flows have run. Latency is measured
 * per request from just before sending to the end of the body. Hand-written on undici's Pool (the
 * maintained HTTP client Node's own fetch is built on) because the figures need a fixed number of
 * connections spread over several servers and flows of dependent requests (hold, then confirm).
 */
import { Pool } from 'undici';

export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface LoadAnswer {
  status: number;
  json: unknown;
}

export interface LoadResult {
  flows: number;
  requests: number;
  seconds: number;
  p50: number;
  p95: number;
  p99: number;
  statuses: Record<number, number>;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * q) - 1)] ?? 0;
}

export async function runLoad(opts: {
  origins: string[];
  clients: number;
  /** Connections per server (default: the clients spread evenly); more clients than connections queue. */
  connections?: number;
  total: number;
  /** One flow; `send` runs a request on the client's server and records its latency. */
  flow: (i: number, send: (r: LoadRequest) => Promise<LoadAnswer>) => Promise<void>;
}): Promise<LoadResult> {
  const pools = opts.origins.map(
    (o) =>
      new Pool(o, {
        connections: opts.connections ?? Math.ceil(opts.clients / opts.origins.length),
        pipelining: 1,
      }),
  );
  const latencies: number[] = [];
  const statuses: Record<number, number> = {};
  const sender = (pool: Pool) => async (r: LoadRequest) => {
    const started = performance.now();
    const res = await pool.request({
      method: r.method,
      path: r.path,
      headers: { ...(r.body === undefined ? {} : { 'content-type': 'application/json' }), ...r.headers },
      ...(r.body === undefined ? {} : { body: JSON.stringify(r.body) }),
    });
    const text = await res.body.text();
    latencies.push(performance.now() - started);
    statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1;
    return { status: res.statusCode, json: text ? JSON.parse(text) : null };
  };
  let next = 0;
  const client = async (c: number) => {
    const send = sender(pools[c % pools.length] as Pool);
    while (next < opts.total) await opts.flow(next++, send);
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: opts.clients }, (_, c) => client(c)));
  const seconds = (performance.now() - t0) / 1000;
  await Promise.all(pools.map((p) => p.close()));
  latencies.sort((a, b) => a - b);
  return {
    flows: opts.total,
    requests: latencies.length,
    seconds,
    p50: quantile(latencies, 0.5),
    p95: quantile(latencies, 0.95),
    p99: quantile(latencies, 0.99),
    statuses,
  };
}
