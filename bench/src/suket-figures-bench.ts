import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Figure } from './report';
import { median, runChild } from './run-child';

interface SuketFiguresRun {
  sukets: number;
  counterRows: number;
  rebuildSeconds: number;
  dates: number;
  rounds: number;
  mismatches: number;
  levels: Record<
    string,
    { counters: number; countersP95: number; scan: number; scanP95: number; coverage: number }
  >;
}

/**
 * Issue 17: the command center's suket figures per level, from the suket counters (migration 0040) against
 * the scan of the suket rows they replaced and the coverage counters' read of the same regions, on Lampung
 * generated at `scale` (or `dataDir`) with `sukets` synthetic sukets. Medians over `repeat` child runs.
 */
export async function suketFigures(
  scale: number,
  sukets: number,
  repeat: number,
  dataDir?: string,
): Promise<Figure[]> {
  const dir = dataDir ?? mkdtempSync(path.join(tmpdir(), 'sigap-bench-suket-'));
  try {
    if (!dataDir) runChild('generate-child.ts', ['18', String(scale)], { SIGAP_DATA_DIR: dir });
    const runs: SuketFiguresRun[] = [];
    for (let i = 0; i < repeat; i++)
      runs.push(
        runChild<SuketFiguresRun>('suket-figures-child.ts', [String(sukets)], { SIGAP_DATA_DIR: dir }),
      );
    const first = runs[0] as SuketFiguresRun;
    const of = (level: string, k: keyof SuketFiguresRun['levels'][string]) =>
      median(runs.map((r) => r.levels[level]?.[k] ?? 0));
    return Object.keys(first.levels).map((level): Figure => {
      const counters = of(level, 'counters');
      const coverage = of(level, 'coverage');
      return {
        name: `Suket figures, ${level} (${first.sukets.toLocaleString('en-US')} sukets), CPU per call`,
        value: counters,
        unit: 'ms',
        baseline: { name: 'scan of the suket rows', value: of(level, 'scan') },
        target: { value: 25, better: 'lower' },
        note: `counters/coverage read = ${(counters / (coverage || 1)).toFixed(2)} (coverage counters ${coverage.toFixed(2)} ms); p95 ${of(level, 'countersP95').toFixed(2)} ms against the scan's ${of(level, 'scanP95').toFixed(1)} ms; ${first.dates} dates × ${first.rounds}; medians of ${runs.length} runs; ${first.counterRows.toLocaleString('en-US')} counter rows, rebuilt in ${median(runs.map((r) => r.rebuildSeconds)).toFixed(1)} s; ${runs.reduce((n, r) => n + r.mismatches, 0)} answers differing from the scan`,
      };
    });
  } finally {
    if (!dataDir) rmSync(dir, { recursive: true, force: true });
  }
}
