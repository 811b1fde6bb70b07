import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expectedPopulation } from '../../packages/server/src/modules/generator/population';
import {
  createTestDatabase,
  databaseUrl,
  dropTestDatabase,
} from '../../packages/server/test/helpers/postgres';
import { siakCsvAt } from './import-bench';
import type { Figure } from './report';
import { median, runChild } from './run-child';

interface ImportRun {
  rows: number;
  seconds: number;
}

interface CoverageRun {
  p95: Record<string, number>;
}

/** The provinces loaded beside Lampung: NTB (the other province) and South Sumatra, its neighbour. */
const OTHERS = ['52', '16'] as const;

async function provinceCsv(province: string, rows: number): Promise<string> {
  return siakCsvAt(rows / expectedPopulation(province, 1), `province-${province}-${rows}.csv`, province);
}

/**
 * Lampung imported and read on PostgreSQL, once into an empty database and once beside two other provinces
 * of the same size: with residents and counters partitioned by province (migration 0039), the import rate and
 * the coverage p95 of the third province should match the first's within noise.
 */
async function measure(lampung: string, others: readonly string[]) {
  const name = await createTestDatabase('bench');
  const dir = mkdtempSync(path.join(tmpdir(), 'sigap-bench-part-'));
  try {
    const env = { DATABASE_URL: databaseUrl(name), SIGAP_DATA_DIR: dir };
    for (const file of others) runChild<ImportRun>('import-child.ts', [file], env);
    const run = runChild<ImportRun>('import-child.ts', [lampung], env);
    const coverage = runChild<CoverageRun>('coverage-child.ts', ['--skip-naive'], env);
    return { rate: run.rows / run.seconds, rows: run.rows, p95: coverage.p95 };
  } finally {
    await dropTestDatabase(name);
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function partitionFigures(rows: number, repeat: number): Promise<Figure[]> {
  const lampung = await provinceCsv('18', rows);
  const others = await Promise.all(OTHERS.map((p) => provinceCsv(p, rows)));
  const one: Awaited<ReturnType<typeof measure>>[] = [];
  const three: Awaited<ReturnType<typeof measure>>[] = [];
  for (let i = 0; i < repeat; i++) {
    one.push(await measure(lampung, []));
    three.push(await measure(lampung, others));
  }
  const rate1 = median(one.map((r) => r.rate));
  const rate3 = median(three.map((r) => r.rate));
  const note = `Lampung ${one[0]?.rows.toLocaleString('en-US')} rows after NTB and South Sumatra of the same size; median of ${repeat}`;
  const figures: Figure[] = [
    {
      name: 'PostgreSQL import of a third province (rows/s)',
      value: rate3,
      unit: 'rows/s',
      baseline: { name: 'the same import into an empty database', value: rate1 },
      target: { value: rate1 * 0.9, better: 'higher' },
      note: `${note}; ratio target ≥ 0.9 (unchanged within noise)`,
    },
  ];
  for (const level of Object.keys(one[0]?.p95 ?? {})) {
    const p1 = median(one.map((r) => r.p95[level] ?? 0));
    figures.push({
      name: `PostgreSQL coverage via HTTP with three provinces loaded, ${level}, p95`,
      value: median(three.map((r) => r.p95[level] ?? 0)),
      unit: 'ms',
      baseline: { name: 'Lampung alone', value: p1 },
      target: { value: p1 * 1.1, better: 'lower' },
      note: `${note}; ratio target ≤ 1.1 (unchanged within noise)`,
    });
  }
  return figures;
}
