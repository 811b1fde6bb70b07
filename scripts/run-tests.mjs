#!/usr/bin/env node
// `npm test`: static checks, unit + API tests on both engines (vitest), then the browser flows (Playwright).
// Ends with one line "N passed, N failed, N skipped" so any CI can read the outcome.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, '.test-output');
const inCI = process.env.CI === 'true';
const CHROMIUM = process.env.SIGAP_CHROMIUM ?? '/usr/bin/chromium';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
const problems = [];

function run(title, cmd, args, env = {}) {
  console.log(`\n=== ${title}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

// 1. Static checks: types and lint/format. A failure counts as one failed check.
for (const [title, cmd, args] of [
  ['typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']],
  ['typecheck web', 'npx', ['tsc', '-p', 'packages/web/tsconfig.json', '--noEmit']],
  ['lint', 'npx', ['biome', 'check', '.']],
]) {
  if (run(title, cmd, args) === 0) totals.passed++;
  else {
    totals.failed++;
    problems.push(`${title} failed`);
  }
}

// 2. Unit and API integration tests (each API case on SQLite and PostgreSQL).
const vitestFile = path.join(out, 'vitest.json');
const vitestStatus = run('unit + API tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${vitestFile}`,
]);
const v = readJson(vitestFile);
if (v) {
  totals.passed += v.numPassedTests;
  totals.failed += v.numFailedTests;
  totals.skipped += v.numPendingTests + v.numTodoTests;
  if (vitestStatus !== 0 && v.numFailedTests === 0) {
    totals.failed++;
    problems.push('vitest exited non-zero (a suite failed to load or a setup failed)');
  }
} else {
  totals.failed++;
  problems.push('vitest produced no report');
}

// 3. Browser flows against the built app.
const e2eFile = path.join(out, 'playwright.json');
if (!existsSync(CHROMIUM) && !inCI) {
  const list = spawnSync('npx', ['playwright', 'test', '-c', 'e2e/playwright.config.ts', '--list'], {
    cwd: root,
    encoding: 'utf8',
  });
  const n = Number(/Total: (\d+) test/.exec(list.stdout ?? '')?.[1] ?? 0);
  totals.skipped += n;
  console.log(
    `\n=== browser tests SKIPPED (${n}): ${CHROMIUM} not found; install it with: apt-get install -y chromium`,
  );
} else if (run('build web', 'npm', ['run', 'build', '-w', '@sigap/web']) !== 0) {
  totals.failed++;
  problems.push('web build failed');
} else {
  const status = run('browser tests', 'npx', ['playwright', 'test', '-c', 'e2e/playwright.config.ts'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: e2eFile,
  });
  const p = readJson(e2eFile);
  if (p) {
    totals.passed += p.stats.expected + p.stats.flaky;
    totals.failed += p.stats.unexpected;
    totals.skipped += p.stats.skipped;
    if (p.stats.expected + p.stats.unexpected + p.stats.flaky === 0) {
      totals.failed++;
      problems.push('no browser test ran');
    }
    if (status !== 0 && p.stats.unexpected === 0) {
      totals.failed++;
      problems.push('playwright exited non-zero (the server or the browser did not start)');
    }
  } else {
    totals.failed++;
    problems.push('playwright produced no report');
  }
}

if (problems.length > 0) console.log(`\nProblems:\n- ${problems.join('\n- ')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
