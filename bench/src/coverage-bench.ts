import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Figure } from './report';
import { runChild } from './run-child';

interface CoverageRun {
  residents: number;
  p95: Record<string, number>;
  median: Record<string, number>;
  naive: Record<string, number>;
}

/** Generates Lampung at `scale` into a fresh SQLite database, then measures coverage over HTTP. */
export async function coverageFigures(scale: number): Promise<Figure[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'sigap-bench-cov-'));
  try {
    runChild('generate-child.ts', ['18', String(scale)], { SIGAP_DATA_DIR: dir });
    const r = runChild<CoverageRun>('coverage-child.ts', [], { SIGAP_DATA_DIR: dir });
    return Object.keys(r.p95).map((level) => ({
      name: `Coverage via HTTP, ${level} (${r.residents.toLocaleString('en-US')} residents), p95`,
      value: r.p95[level] ?? 0,
      unit: 'ms',
      baseline: { name: 'naive scan of the same region', value: r.naive[level] ?? 0 },
      target: { value: 50, better: 'lower' },
      note: `median ${(r.median[level] ?? 0).toFixed(1)} ms; naive/p95 = ${((r.naive[level] ?? 0) / (r.p95[level] ?? 1)).toFixed(0)}× (target ≥ 50× at scale 1.0)`,
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
