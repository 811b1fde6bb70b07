/**
 * A closed-loop HTTP load generator: `clients` virtual clients each run their share of `total` flows (one
 * or more requests, each waiting for the previous answer; client c runs flows c, c + clients, …). Latency
 * is measured per request from just before sending to the end of the body. Hand-written on undici (the
 * maintained HTTP client Node's own fetch is built on) because the figures need a fixed number of
 * connections spread over several servers, flows of dependent requests (hold, then confirm), and each
 * connection from a source address of its own.
 *
 * Source addresses: a town's residents book from many networks, and the server's abuse limits count per
 * address. Every connection binds its own loopback address (all of 127.0.0.0/8 is local on Linux), so the
 * server sees as many clients as there are connections, each under the per-address limits.
 */
import { Client } from 'undici';

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
  /** Latency of each connection's first timed request (its connect and accept included), and of the rest. */
  first: { count: number; p99: number; max: number };
  rest: { p50: number; p95: number; p99: number };
  /** Wall time to open every connection before the timed window (0 when not pre-opened). */
  openMs: number;
  /** Distinct source addresses, and the most flows any one of them ran. */
  addresses: number;
  maxFlowsPerAddress: number;
  /** The load generator's own CPU (user + system) over the timed window, in ms. */
  generatorCpuMs: number;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * q) - 1)] ?? 0;
}

/** Loopback source address k: 127.1.0.1, 127.1.0.2, … (never 127.0.0.1, which the bench's own reads use). */
export function loopbackAddress(k: number): string {
  return `127.${1 + Math.floor(k / 65_025)}.${Math.floor(k / 255) % 255}.${(k % 255) + 1}`;
}

interface Connection {
  client: Client;
  used: boolean;
  flows: number;
}

export async function runLoad(opts: {
  origins: string[];
  clients: number;
  /** Connections per server (default: the clients spread evenly); more clients than connections queue. */
  connections?: number;
  total: number;
  /** One loopback address per connection (default); false: every connection from 127.0.0.1. */
  spreadAddresses?: boolean;
  /** The first loopback address's number (a second run on the same server starts where the first ended). */
  addressOffset?: number;
  /** Open every connection with a GET of this path before the timed window (its latency is not counted). */
  preopen?: string;
  /** One flow; `send` runs a request on the client's connection and records its latency. */
  flow: (i: number, send: (r: LoadRequest) => Promise<LoadAnswer>) => Promise<void>;
}): Promise<LoadResult> {
  const perOrigin = opts.connections ?? Math.ceil(opts.clients / opts.origins.length);
  const spread = opts.spreadAddresses ?? true;
  // Interleaved over the servers, so client c's connection (c mod count) alternates between them.
  const conns: Connection[] = Array.from({ length: perOrigin * opts.origins.length }, (_, k) => ({
    client: new Client(opts.origins[k % opts.origins.length] as string, {
      pipelining: 1,
      ...(spread ? { localAddress: loopbackAddress((opts.addressOffset ?? 0) + k) } : {}),
    }),
    used: false,
    flows: 0,
  }));
  const t0open = performance.now();
  if (opts.preopen) {
    const path = opts.preopen;
    await Promise.all(conns.map((c) => c.client.request({ method: 'GET', path }).then((r) => r.body.text())));
  }
  const openMs = opts.preopen ? performance.now() - t0open : 0;
  const first: number[] = [];
  const rest: number[] = [];
  const statuses: Record<number, number> = {};
  const sender = (conn: Connection) => async (r: LoadRequest) => {
    const isFirst = !conn.used;
    conn.used = true;
    const started = performance.now();
    const res = await conn.client.request({
      method: r.method,
      path: r.path,
      headers: { ...(r.body === undefined ? {} : { 'content-type': 'application/json' }), ...r.headers },
      ...(r.body === undefined ? {} : { body: JSON.stringify(r.body) }),
    });
    const text = await res.body.text();
    (isFirst && !opts.preopen ? first : rest).push(performance.now() - started);
    statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1;
    return { status: res.statusCode, json: text ? JSON.parse(text) : null };
  };
  const client = async (c: number) => {
    const conn = conns[c % conns.length] as Connection;
    const send = sender(conn);
    for (let i = c; i < opts.total; i += opts.clients) {
      conn.flows++;
      await opts.flow(i, send);
    }
  };
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await Promise.all(Array.from({ length: opts.clients }, (_, c) => client(c)));
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  await Promise.all(conns.map((c) => c.client.close()));
  const all = [...first, ...rest].sort((a, b) => a - b);
  first.sort((a, b) => a - b);
  rest.sort((a, b) => a - b);
  return {
    flows: opts.total,
    requests: all.length,
    seconds,
    p50: quantile(all, 0.5),
    p95: quantile(all, 0.95),
    p99: quantile(all, 0.99),
    statuses,
    first: { count: first.length, p99: quantile(first, 0.99), max: first.at(-1) ?? 0 },
    rest: { p50: quantile(rest, 0.5), p95: quantile(rest, 0.95), p99: quantile(rest, 0.99) },
    openMs,
    addresses: spread ? conns.length : 1,
    maxFlowsPerAddress: spread ? Math.max(...conns.map((c) => c.flows)) : opts.total,
    generatorCpuMs: (cpu.user + cpu.system) / 1000,
  };
}
