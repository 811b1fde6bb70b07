/**
 * Coverage over HTTP on a generated database: p95 latency of /api/v1/coverage for each region level over
 * several reference dates, and the naive scan it replaces for the same regions. Prints one JSON line.
 */

import { buildApp } from '../../packages/server/src/app';
import { openAndPrepare } from '../../packages/server/src/bootstrap';
import { loadConfig } from '../../packages/server/src/config';
import { ensureDemoUsers } from '../../packages/server/src/seed/demo-users';
import { naiveFigures } from '../../packages/server/test/helpers/naive-scan';
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
const dates = ['2024-02-14', '2024-11-27', '2025-06-30', '2026-11-22', '2029-02-14'];
const p95: Record<string, number> = {};
const med: Record<string, number> = {};
for (const [level, code] of Object.entries(regions)) {
  const times: number[] = [];
  for (let round = 0; round < 8; round++) {
    for (const date of dates) {
      const t = performance.now();
      const r = await fetch(`${base}/api/v1/coverage?region=${code}&date=${date}`, { headers: { cookie } });
      await r.arrayBuffer();
      if (r.status !== 200) throw new Error(`coverage ${code} ${date}: ${r.status}`);
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  p95[level] = times[Math.ceil(times.length * 0.95) - 1] ?? 0;
  med[level] = median(times);
}
// The naive scan answers only the region itself; /coverage also answers every child, so the ratio is
// conservative for the levels with many children.
const naive: Record<string, number> = {};
for (const [level, code] of Object.entries(regions)) {
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
console.log(JSON.stringify({ residents: Number(residents.n), p95, median: med, naive }));
