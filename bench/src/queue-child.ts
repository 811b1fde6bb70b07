/**
 * Call-next under load: 20 counters of one point call at once, round after round, over HTTP on a real
 * server (SQLite by default, PostgreSQL with DATABASE_URL). Every call's latency is kept; the tickets
 * handed out must all be distinct. The baseline: the same rounds of `GET /api/v1/auth/me` (a logged-in
 * request that does nothing else). CPU time is this process's (the server and the bench's HTTP client):
 * on a shared machine wall time also counts other processes, CPU time does not. Prints one JSON line:
 * { calls, rounds, median, p95, distinct, cpuPerCall, me: { median, p95, cpuPerCall } }.
 */
import { buildApp } from '../../packages/server/src/app';
import { openAndPrepare } from '../../packages/server/src/bootstrap';
import { loadConfig } from '../../packages/server/src/config';
import { ensureDemoUsers } from '../../packages/server/src/seed/demo-users';
import { median } from './run-child';

const PASSWORD = 'bench-password-1';
const COUNTERS = Number(process.env.BENCH_QUEUE_COUNTERS ?? 20);
const ROUNDS = 15;
const config = loadConfig();
const { handle } = await openAndPrepare(config);
await ensureDemoUsers(handle, PASSWORD);
const app = await buildApp({ handle, config });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

async function session(username: string) {
  const r = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  const body = (await r.json()) as { csrfToken: string };
  const cookie = (r.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return async <T>(path: string, payload: unknown, method = 'POST'): Promise<T> => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': body.csrfToken },
      ...(method === 'GET' ? {} : { body: JSON.stringify(payload) }),
    });
    if (res.status >= 300) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
}

const operator = await session('bandarlampung.operator');
const week = { open: '08:00', close: '15:00' };
const { servicePoint } = await operator<{ servicePoint: { id: number } }>('/api/v1/service-points', {
  regionCode: '18.71',
  name: `Bench antrean ${Date.now()}`,
  kind: 'regency_office',
  address: 'Jl. Bench',
  counters: COUNTERS,
  services: { recording: 15 },
  hours: { '1': week, '2': week, '3': week, '4': week, '5': week },
});
const clerk = await session('bandarlampung.loket');
const point = `/api/v1/queue/points/${servicePoint.id}`;
// More walk-ins than the default daily cap: the bench raises it as an office manager would.
const rules = { walkInDailyCap: 2000, priorityRatio: { priority: 2, normal: 1 }, noShowGraceMinutes: 3 };
await operator(`${point}/rules`, rules, 'PUT');
for (let i = 0; i < COUNTERS * ROUNDS; i++) {
  const priority = i % 3 === 0;
  await clerk(`${point}/tickets`, {
    service: 'recording',
    lane: priority ? 'priority' : 'normal',
    ...(priority ? { priorityReason: 'elderly' } : {}),
  });
}
/** CPU time of this process since `from` (ms). */
function cpuSince(from: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1000;
}

// The baseline first: the same rounds of a logged-in request that does no work of its own.
const meTimes: number[] = [];
const meCpu = process.cpuUsage();
for (let round = 0; round < ROUNDS; round++) {
  meTimes.push(
    ...(await Promise.all(
      Array.from({ length: COUNTERS }, async () => {
        const t = performance.now();
        await clerk('/api/v1/auth/me', undefined, 'GET');
        return performance.now() - t;
      }),
    )),
  );
}
const meCpuMs = cpuSince(meCpu);
const times: number[] = [];
const handed: number[] = [];
const callCpu = process.cpuUsage();
let callCpuMs = 0;
for (let round = 0; round < ROUNDS + 1; round++) {
  if (round === ROUNDS) callCpuMs = cpuSince(callCpu);
  const replies = await Promise.all(
    Array.from({ length: COUNTERS }, async (_, c) => {
      const t = performance.now();
      const r = await clerk<{ ticket: { id: number } | null }>(`${point}/call-next`, { counterNo: c + 1 });
      return { ms: performance.now() - t, id: r.ticket?.id };
    }),
  );
  for (const r of replies) {
    // The last round finds the line empty: its answers measure the "nothing waits" path, not counted.
    if (round < ROUNDS) times.push(r.ms);
    if (r.id !== undefined) handed.push(r.id);
  }
}
await app.close();
await handle.close();
const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1] ?? 0;
console.log(
  JSON.stringify({
    calls: times.length,
    rounds: ROUNDS,
    median: median(times),
    p95: p95(times),
    handed: handed.length,
    distinct: new Set(handed).size,
    cpuPerCall: callCpuMs / times.length,
    me: { median: median(meTimes), p95: p95(meTimes), cpuPerCall: meCpuMs / meTimes.length },
  }),
);
