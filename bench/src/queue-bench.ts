import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  createTestDatabase,
  databaseUrl,
  dropTestDatabase,
} from '../../packages/server/test/helpers/postgres';
import type { Figure } from './report';
import { runChild } from './run-child';

interface QueueRun {
  calls: number;
  rounds: number;
  median: number;
  p95: number;
  handed: number;
  distinct: number;
}

function figure(engine: string, r: QueueRun): Figure {
  return {
    name: `Queue call-next, 20 counters calling at once (${engine}), p95`,
    value: r.p95,
    unit: 'ms',
    target: { value: 50, better: 'lower' },
    note: `median ${r.median.toFixed(1)} ms over ${r.calls} calls; ${r.distinct} distinct of ${r.handed} handed out (must be equal)`,
  };
}

/** Call-next latency under 20 concurrent counters on SQLite and on PostgreSQL (issue 12's target). */
export async function queueFigures(): Promise<Figure[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'sigap-bench-queue-'));
  const figures: Figure[] = [];
  try {
    figures.push(figure('SQLite', runChild<QueueRun>('queue-child.ts', [], { SIGAP_DATA_DIR: dir })));
    const name = await createTestDatabase('bench');
    try {
      const pgDir = mkdtempSync(path.join(tmpdir(), 'sigap-bench-queue-pg-'));
      const run = runChild<QueueRun>('queue-child.ts', [], {
        DATABASE_URL: databaseUrl(name),
        SIGAP_DATA_DIR: pgDir,
      });
      figures.push(figure('PostgreSQL', run));
      rmSync(pgDir, { recursive: true, force: true });
    } finally {
      await dropTestDatabase(name);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}
