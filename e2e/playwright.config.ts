import path from 'node:path';
import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.SIGAP_E2E_PORT ?? 3100);
const ROOT = path.resolve(import.meta.dirname, '..');
export const E2E_PASSWORD = 'sigap-demo-2024';

/**
 * Browser flows against the real server on a fresh SQLite database, in Debian's Chromium
 * (Playwright's own browser download is not available on these machines).
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: true,
  reporter: [['list'], ['json']],
  outputDir: path.join(ROOT, '.test-output/playwright-artifacts'),
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.SIGAP_CHROMIUM ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    },
  },
  webServer: {
    command: 'node e2e/start-server.mjs',
    cwd: ROOT,
    url: `http://localhost:${PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
    env: {
      PORT: String(PORT),
      SIGAP_DATA_DIR: path.join(ROOT, '.test-output/e2e-data'),
      SIGAP_DEMO_PASSWORD: E2E_PASSWORD,
      LOG_LEVEL: 'warn',
      // A small demo population keeps the server start short; the flows need some residents, not millions.
      SIGAP_DEMO_SCALE: '0.002',
    },
  },
});
