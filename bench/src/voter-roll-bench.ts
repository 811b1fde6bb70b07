import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Figure } from './report';
import { median, runChild } from './run-child';

interface Run {
  rows: number;
  checkSeconds: number;
  finishSeconds: number;
  plainSeconds: number;
  joinSeconds: number;
  idJoinSeconds: number;
  classes: Record<string, number>;
  maxRssMb: number;
}

/**
 * The voter-roll cross-check on SQLite (issue 16): a roll of the registry's size (the SIAK file's residents
 * plus a few problem rows) against that registry, imported through the import machinery. Its rate (parse,
 * stage and classify each batch, then duplicates and the reverse set) is compared with the same import
 * staging the rows as they are followed by a plain join of the staged roll with residents (the joined rows
 * materialised; an ids-only join is printed apart).
 */
export async function voterRollFigures(siakFile: string, repeat = 1): Promise<Figure[]> {
  const runs: Run[] = [];
  for (let i = 0; i < repeat; i++) {
    const dir = mkdtempSync(path.join(tmpdir(), 'sigap-bench-dpt-'));
    try {
      runChild<{ written: number }>('voter-roll-child.ts', [siakFile, 'setup'], { SIGAP_DATA_DIR: dir });
      runs.push(runChild<Run>('voter-roll-child.ts', [siakFile, 'check'], { SIGAP_DATA_DIR: dir }));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  // Medians of each timing over the runs (the classes are the same every run).
  const pick = (key: keyof Run) => median(runs.map((r) => r[key] as number));
  const first = runs[0];
  if (!first) throw new Error('voter-roll bench: no run');
  const run: Run = {
    ...first,
    checkSeconds: pick('checkSeconds'),
    finishSeconds: pick('finishSeconds'),
    plainSeconds: pick('plainSeconds'),
    joinSeconds: pick('joinSeconds'),
    idJoinSeconds: pick('idJoinSeconds'),
    maxRssMb: Math.max(...runs.map((r) => r.maxRssMb)),
  };
  return [
    {
      name: 'SQLite voter-roll cross-check (rows/s)',
      value: run.rows / run.checkSeconds,
      unit: 'rows/s',
      baseline: {
        name: 'same import staging as is + plain join with residents',
        value: run.rows / run.plainSeconds,
      },
      note: `ratio target ≥ 0.5; ${run.rows.toLocaleString('en-US')} roll rows; classes ${JSON.stringify(run.classes)}`,
    },
    {
      name: 'SQLite voter-roll classification step alone (rows/s)',
      value: run.rows / run.finishSeconds,
      unit: 'rows/s',
      baseline: {
        name: 'the plain join step alone (joined rows materialised)',
        value: run.rows / run.joinSeconds,
      },
      note: 'ratio target ≥ 0.5; duplicates, set-based UPDATE … FROM, unknown NIKs and the reverse set, against one CREATE TABLE AS of the roll joined with residents',
    },
    {
      name: 'SQLite voter-roll classification against an ids-only join (rows/s)',
      value: run.rows / run.finishSeconds,
      unit: 'rows/s',
      baseline: {
        name: 'ids-only join (answered from the two NIK indexes)',
        value: run.rows / run.idJoinSeconds,
      },
      note: 'for the record: this join reads neither table, so no comparison of the two rows can approach it',
    },
    {
      name: 'SQLite voter-roll peak memory',
      value: run.maxRssMb,
      unit: 'MB',
      target: { value: 400, better: 'lower' },
      note: `the cross-check's process alone (the registry is imported by another); the highest of ${runs.length} run(s)`,
    },
  ];
}
