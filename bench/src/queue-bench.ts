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
  cpuPerCall: number;
  me: { median: number; p95: number; cpuPerCall: number };
}

function callNextFigures(engine: string, r: QueueRun): Figure[] {
  return [
    {
      name: `Queue call-next, 20 counters calling at once (${engine}), p95`,
      value: r.p95,
      unit: 'ms',
      baseline: { name: 'GET /auth/me the same way, p95', value: r.me.p95 },
      target: { value: 50, better: 'lower' },
      note: `median ${r.median.toFixed(1)} ms over ${r.calls} timed calls after warm-up rounds, clients in another process (/auth/me: ${r.me.median.toFixed(1)} ms); ${r.distinct} distinct of ${r.handed} handed out (must be equal)`,
    },
    {
      name: `Queue call-next: server CPU per call (${engine})`,
      value: r.cpuPerCall,
      unit: 'ms',
      baseline: { name: 'GET /auth/me the same way', value: r.me.cpuPerCall },
    },
  ];
}

/** Call-next latency under 20 concurrent counters on SQLite and on PostgreSQL (issue 12's target). */
export async function queueFigures(): Promise<Figure[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'sigap-bench-queue-'));
  const figures: Figure[] = [];
  try {
    figures.push(
      ...callNextFigures('SQLite', runChild<QueueRun>('queue-child.ts', [], { SIGAP_DATA_DIR: dir })),
    );
    const name = await createTestDatabase('bench');
    try {
      const pgDir = mkdtempSync(path.join(tmpdir(), 'sigap-bench-queue-pg-'));
      const run = runChild<QueueRun>('queue-child.ts', [], {
        DATABASE_URL: databaseUrl(name),
        SIGAP_DATA_DIR: pgDir,
      });
      figures.push(...callNextFigures('PostgreSQL', run));
      rmSync(pgDir, { recursive: true, force: true });
    } finally {
      await dropTestDatabase(name);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}
