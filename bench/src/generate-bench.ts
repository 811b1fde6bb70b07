import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { siakCsvAt } from './import-bench';
import type { Figure } from './report';
import { median, runChild } from './run-child';

/** Lampung's population (figures.md, 15 Nov 2024): the scale-1.0 target is measured or projected from it. */
const LAMPUNG = 9_082_727;

export async function generateFigures(scale: number, repeat: number): Promise<Figure[]> {
  const runs: { rows: number; seconds: number; maxRssMb: number }[] = [];
  const bare: { rows: number; seconds: number }[] = [];
  // Issue 17's baseline: the same residents, read from their SIAK CSV and inserted by the bare loop.
  const file = await siakCsvAt(scale);
  for (let i = 0; i < repeat; i++) {
    const dir = mkdtempSync(path.join(tmpdir(), 'sigap-bench-gen-'));
    runs.push(runChild('generate-child.ts', ['18', String(scale)], { SIGAP_DATA_DIR: dir }));
    rmSync(dir, { recursive: true, force: true });
    const bareDir = mkdtempSync(path.join(tmpdir(), 'sigap-bench-gen-bare-'));
    bare.push(runChild('bare-insert-child.ts', [file], { SIGAP_DATA_DIR: bareDir }));
    rmSync(bareDir, { recursive: true, force: true });
  }
  const rate = median(runs.map((r) => r.rows / r.seconds));
  const projected = LAMPUNG / rate;
  const bareSeconds = median(bare.map((r) => r.seconds));
  return [
    {
      name: `Generate Lampung at scale ${scale} (seconds)`,
      value: median(runs.map((r) => r.seconds)),
      unit: 's',
      baseline: {
        name: `bare prepared-insert loop of the same ${bare[0]?.rows.toLocaleString('en-US')} rows`,
        value: bareSeconds,
      },
      target: { value: 1.5 * bareSeconds, better: 'lower' },
      note: `target = 1.5 × the bare loop; median of ${repeat}`,
    },
    {
      name: `Generate Lampung into SQLite at scale ${scale} (${runs[0]?.rows.toLocaleString('en-US')} residents)`,
      value: rate,
      unit: 'rows/s',
      note: `peak memory ${Math.max(...runs.map((r) => r.maxRssMb)).toFixed(0)} MB`,
    },
    {
      name:
        scale >= 1
          ? 'Generate Lampung at scale 1.0 (seconds)'
          : 'Generate Lampung at scale 1.0, projected from this rate (seconds)',
      value: scale >= 1 ? median(runs.map((r) => r.seconds)) : projected,
      unit: 's',
      target: { value: 180, better: 'lower' },
    },
  ];
}
