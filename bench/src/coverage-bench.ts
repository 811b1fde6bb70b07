import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Figure } from './report';
import { ROOT, runChild } from './run-child';

interface CoverageRun {
  residents: number;
  dates: number;
  rounds: number;
  p95: Record<string, number>;
  median: Record<string, number>;
  cpu: Record<string, number>;
  slowest: Record<string, { date: string; ms: number }>;
  naive: Record<string, number>;
}

/** Issue 17: every level, any reference date, on all of Lampung. */
const P95_TARGET_MS = 25;

/**
 * Generates Lampung at `scale` into a fresh SQLite database (or uses `dataDir`, a database generated
 * before), then measures coverage over HTTP and the dashboard page in Chromium.
 */
export async function coverageFigures(scale: number, dataDir?: string): Promise<Figure[]> {
  const dir = dataDir ?? mkdtempSync(path.join(tmpdir(), 'sigap-bench-cov-'));
  try {
    if (!dataDir) runChild('generate-child.ts', ['18', String(scale)], { SIGAP_DATA_DIR: dir });
    const r = runChild<CoverageRun>('coverage-child.ts', [], { SIGAP_DATA_DIR: dir });
    spawnSync('node', [path.join(ROOT, 'scripts/ensure-web-build.mjs')], { stdio: 'inherit' });
    const page = runChild<{ rounds: number; median: number; p95: number }>('dashboard-child.ts', [], {
      SIGAP_DATA_DIR: dir,
    });
    const http = Object.keys(r.p95).map(
      (level): Figure => ({
        name: `Coverage via HTTP, ${level} (${r.residents.toLocaleString('en-US')} residents), p95`,
        value: r.p95[level] ?? 0,
        unit: 'ms',
        baseline: { name: 'naive scan of the same region', value: r.naive[level] ?? 0 },
        target: { value: P95_TARGET_MS, better: 'lower' },
        note: `median ${(r.median[level] ?? 0).toFixed(1)} ms over ${r.dates} reference dates 2011–2029 (election days included) × ${r.rounds}; CPU ${(r.cpu[level] ?? 0).toFixed(1)} ms per request; slowest ${r.slowest[level]?.date} at ${(r.slowest[level]?.ms ?? 0).toFixed(1)} ms; naive/p95 = ${((r.naive[level] ?? 0) / (r.p95[level] ?? 1)).toFixed(0)}× (target ≥ 50× at scale 1.0)`,
      }),
    );
    return [
      ...http,
      {
        name: `Dashboard page ready in Chromium, province (${r.residents.toLocaleString('en-US')} residents), p95`,
        value: page.p95,
        unit: 'ms',
        target: { value: 1500, better: 'lower' },
        note: `median ${page.median.toFixed(0)} ms over ${page.rounds} fresh browser contexts`,
      },
    ];
  } finally {
    if (!dataDir) rmSync(dir, { recursive: true, force: true });
  }
}
