import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Figure } from './report';
import { runChild } from './run-child';

interface Run {
  rows: number;
  status: string;
  importSeconds: number;
  classifySeconds: number;
  joinSeconds: number;
  classes: Record<string, number>;
  maxRssMb: number;
}

/**
 * The voter-roll cross-check on SQLite (issue 16): a roll of the registry's size (the SIAK file's residents
 * plus a few problem rows) against that registry. The rate is the classification's (every staged row
 * classified and the reverse set found), compared with a plain join of the staged roll with residents in the
 * same database; the import's end-to-end rate (parse, stage, classify) is reported beside it.
 */
export async function voterRollFigures(siakFile: string): Promise<Figure[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'sigap-bench-dpt-'));
  try {
    const run = runChild<Run>('voter-roll-child.ts', [siakFile], { SIGAP_DATA_DIR: dir });
    if (run.status !== 'done') throw new Error(`voter-roll import ended ${run.status}`);
    return [
      {
        name: 'SQLite voter-roll cross-check (rows/s)',
        value: run.rows / run.classifySeconds,
        unit: 'rows/s',
        baseline: { name: 'plain join of the staged roll with residents', value: run.rows / run.joinSeconds },
        note: `ratio target ≥ 0.5; ${run.rows.toLocaleString('en-US')} roll rows; classes ${JSON.stringify(run.classes)}`,
      },
      {
        name: 'SQLite voter-roll import end to end (rows/s)',
        value: run.rows / run.importSeconds,
        unit: 'rows/s',
        note: 'upload parsed, staged in batches and classified',
      },
      {
        name: 'SQLite voter-roll peak memory',
        value: run.maxRssMb,
        unit: 'MB',
        target: { value: 400, better: 'lower' },
        note: 'includes importing the registry first',
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
