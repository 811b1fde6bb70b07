/**
 * Dashboard page-ready time in Chromium on a generated database: from navigation to /dasbor (the province)
 * until the drill-down table shows its regencies, the headline tiles their figures. Fresh browser context
 * each round (no warm cache), same server. Prints one JSON line: { rounds, median, p95 } in ms.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { buildApp } from '../../packages/server/src/app';
import { openAndPrepare } from '../../packages/server/src/bootstrap';
import { loadConfig } from '../../packages/server/src/config';
import { ensureDemoUsers } from '../../packages/server/src/seed/demo-users';
import { median } from './run-child';

const CHROMIUM = process.env.SIGAP_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: apt-get install -y chromium`);
const PASSWORD = 'bench-password-1';
const config = loadConfig();
const { handle } = await openAndPrepare(config);
await ensureDemoUsers(handle, PASSWORD);
const app = await buildApp({ handle, config }, { serveWeb: true });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const base = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const times: number[] = [];
const ROUNDS = 7;
for (let round = 0; round < ROUNDS; round++) {
  const context = await browser.newContext({ locale: 'id-ID' });
  const page = await context.newPage();
  await page.goto(`${base}/login`);
  await page.getByLabel('Nama pengguna').fill('lampung.admin');
  await page.getByLabel('Kata sandi').fill(PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.getByRole('navigation', { name: 'Navigasi utama' }).waitFor();
  const started = performance.now();
  await page.goto(`${base}/dasbor?wilayah=18`);
  await page.locator('[data-testid="coverage-table"] tbody tr[data-code="18.71"]').waitFor();
  await page.locator('[data-testid="coverage-tiles"] dd').first().waitFor();
  // The first round warms the server's statement caches and the OS file cache; it is not counted.
  if (round > 0) times.push(performance.now() - started);
  await context.close();
}
await browser.close();
await app.close();
await handle.close();
times.sort((a, b) => a - b);
console.log(
  JSON.stringify({
    rounds: times.length,
    median: median(times),
    p95: times[Math.ceil(times.length * 0.95) - 1] ?? 0,
  }),
);
