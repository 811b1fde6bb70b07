/**
 * Coverage over HTTP on a generated database: p95 latency of /api/v1/coverage for each region level over
 * reference dates sampled across 2011–2029 with the past election days (coverage-dates.ts), and the naive
 * scan it replaces for the same regions. Prints one JSON line. `--skip-naive` leaves the scan out (it takes
 * minutes per level on all of Lampung).
 */

import { buildApp } from '../../packages/server/src/app';
import { openAndPrepare } from '../../packages/server/src/bootstrap';
import { loadConfig } from '../../packages/server/src/config';
import { ensureDemoUsers } from '../../packages/server/src/seed/demo-users';
import { naiveFigures } from '../../packages/server/test/helpers/naive-scan';
import { coverageBenchDates } from './coverage-dates';
import { median } from './run-child';

const PASSWORD = 'bench-password-1';
const config = loadConfig();
const { handle } = await openAndPrepare(config);
await ensureDemoUsers(handle, PASSWORD);
const app = await buildApp({ handle, config });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
const login = await fetch(`${base}/api/v1/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ username: 'lampung.admin', password: PASSWORD }),
});
const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

const regions = { province: '18', regency: '18.71', district: '18.71.01', village: '18.71.01.1003' };
const dates = coverageBenchDates();
const ROUNDS = 3;
const ask = async (code: string, date: string) => {
  const t = performance.now();
  const r = await fetch(`${base}/api/v1/coverage?region=${code}&date=${date}`, { headers: { cookie } });
  await r.arrayBuffer();
  if (r.status !== 200) throw new Error(`coverage ${code} ${date}: ${r.status}`);
  return performance.now() - t;
};
// One unmeasured pass: the first request of a process compiles its code paths and reads cold pages.
for (const code of Object.values(regions)) await ask(code, dates[0] as string);
const p95: Record<string, number> = {};
const med: Record<string, number> = {};
/** The slowest date of each level (median of its rounds), to show where a p95 comes from. */
const slowest: Record<string, { date: string; ms: number }> = {};
/**
 * CPU time of this process (server and client) per request: on a shared two-core machine the wall time
 * also counts the time other processes held the cores, the CPU time does not.
 */
const cpu: Record<string, number> = {};
for (const [level, code] of Object.entries(regions)) {
  const times: number[] = [];
  const byDate = new Map<string, number[]>();
  const cpuBefore = process.cpuUsage();
  for (let round = 0; round < ROUNDS; round++) {
    for (const date of dates) {
      const ms = await ask(code, date);
      times.push(ms);
      byDate.set(date, [...(byDate.get(date) ?? []), ms]);
    }
  }
  const used = process.cpuUsage(cpuBefore);
  cpu[level] = (used.user + used.system) / 1000 / times.length;
  times.sort((a, b) => a - b);
  p95[level] = times[Math.ceil(times.length * 0.95) - 1] ?? 0;
  med[level] = median(times);
  const worst = [...byDate.entries()]
    .map(([date, ms]) => ({ date, ms: median(ms) }))
    .sort((a, b) => b.ms - a.ms)[0];
  if (worst) slowest[level] = worst;
}
// The naive scan answers only the region itself; /coverage also answers every child, so the ratio is
// conservative for the levels with many children.
const naive: Record<string, number> = {};
for (const [level, code] of process.argv.includes('--skip-naive') ? [] : Object.entries(regions)) {
  const t = performance.now();
  await naiveFigures(handle.db, code, '2024-02-14');
  naive[level] = performance.now() - t;
}
const residents = await handle.db
  .selectFrom('residents')
  .select((eb) => eb.fn.countAll<number>().as('n'))
  .executeTakeFirstOrThrow();
await app.close();
await handle.close();
console.log(
  JSON.stringify({
    residents: Number(residents.n),
    dates: dates.length,
    rounds: ROUNDS,
    p95,
    median: med,
    cpu,
    slowest,
    naive,
  }),
);
