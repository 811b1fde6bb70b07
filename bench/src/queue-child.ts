/**
 * Call-next under load: 20 counters of one point call at once, round after round, over HTTP against the
 * real app in a server process of its own (booking-server-child: SQLite by default, PostgreSQL with
 * DATABASE_URL). The counters' clients run here, in another process, as clerks' browsers run on other
 * machines: with client and server in one process every call's latency also paid the client's work.
 * Warm-up rounds go first and are not counted (a server at the office has run all morning). Every timed
 * call's latency is kept; the tickets handed out must all be distinct. The baseline: the same rounds of
 * `GET /api/v1/auth/me` (a logged-in request that does nothing else). CPU time is the server's own (its
 * `/bench/cpu`), which other processes on a shared machine disturb much less than wall time. Prints one
 * JSON line: { calls, rounds, median, p95, handed, distinct, cpuPerCall, me: { median, p95, cpuPerCall } }.
 */
import { randomUUID } from 'node:crypto';
import { cpuOf, startServer, stop } from './booking-server';
import { median } from './run-child';

const PASSWORD = 'bench-password-1';
const COUNTERS = Number(process.env.BENCH_QUEUE_COUNTERS ?? 20);
const ROUNDS = Number(process.env.BENCH_QUEUE_ROUNDS ?? 30);
const WARM_ROUNDS = 5;
const server = await startServer({}, ['--setup', '--counters', String(COUNTERS)]);

async function session(username: string) {
  const r = await fetch(`${server.origin}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  const body = (await r.json()) as { csrfToken: string };
  const cookie = (r.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return async <T>(path: string, payload: unknown, method = 'POST'): Promise<T> => {
    const res = await fetch(`${server.origin}${path}`, {
      method,
      // Every write with an Idempotency-Key of its own, as the counter screen sends (use-api-mutation.ts).
      headers: {
        'content-type': 'application/json',
        cookie,
        'x-csrf-token': body.csrfToken,
        ...(method === 'GET' ? {} : { 'idempotency-key': randomUUID() }),
      },
      ...(method === 'GET' ? {} : { body: JSON.stringify(payload) }),
    });
    if (res.status >= 300) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
}

try {
  const operator = await session('bandarlampung.operator');
  const clerk = await session('bandarlampung.loket');
  const point = `/api/v1/queue/points/${server.pointId}`;
  // More walk-ins than the default daily cap: the bench raises it as an office manager would.
  const rules = { walkInDailyCap: 2000, priorityRatio: { priority: 2, normal: 1 }, noShowGraceMinutes: 3 };
  await operator(`${point}/rules`, rules, 'PUT');
  for (let i = 0; i < COUNTERS * (WARM_ROUNDS + ROUNDS); i++) {
    const priority = i % 3 === 0;
    await clerk(`${point}/tickets`, {
      service: 'recording',
      lane: priority ? 'priority' : 'normal',
      ...(priority ? { priorityReason: 'elderly' } : {}),
    });
  }

  /** `rounds` rounds of all counters sending `send` at once: each request's latency (ms). */
  async function rounds<T>(n: number, send: (counter: number) => Promise<T>, seen?: (reply: T) => void) {
    const times: number[] = [];
    for (let round = 0; round < n; round++) {
      const replies = await Promise.all(
        Array.from({ length: COUNTERS }, async (_, c) => {
          const t = performance.now();
          const reply = await send(c);
          return { ms: performance.now() - t, reply };
        }),
      );
      for (const r of replies) {
        times.push(r.ms);
        seen?.(r.reply);
      }
    }
    return times;
  }
  const me = () => clerk('/api/v1/auth/me', undefined, 'GET');
  type Called = { ticket: { id: number } | null };
  const handed: number[] = [];
  const callNext = (c: number) => clerk<Called>(`${point}/call-next`, { counterNo: c + 1 });
  const keep = (r: Called) => {
    if (r.ticket) handed.push(r.ticket.id);
  };

  await rounds(WARM_ROUNDS, me);
  await rounds(WARM_ROUNDS, callNext, keep);
  let cpu = await cpuOf(server);
  const meTimes = await rounds(ROUNDS, me);
  const meCpu = (await cpuOf(server)) - cpu;
  cpu = await cpuOf(server);
  const times = await rounds(ROUNDS, callNext, keep);
  const callCpu = (await cpuOf(server)) - cpu;
  // One more round finds the line empty: it checks that no ticket is left over, and is not timed.
  await rounds(1, callNext, keep);
  const p95 = (values: number[]) =>
    [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1] ?? 0;
  console.log(
    JSON.stringify({
      calls: times.length,
      rounds: ROUNDS,
      median: median(times),
      p95: p95(times),
      handed: handed.length,
      distinct: new Set(handed).size,
      cpuPerCall: callCpu / times.length,
      me: { median: median(meTimes), p95: p95(meTimes), cpuPerCall: meCpu / meTimes.length },
    }),
  );
} finally {
  await stop(server);
}
