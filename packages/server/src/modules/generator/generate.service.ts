import type { ResidentRecord } from '@sigap/domain';
import type { Db } from '../../db/connect';
import type { WriteOutcome } from '../residents';
import { type CommitLimits, writeInGroupedTransactions } from '../residents';
import { loadVillages } from './load-villages';
import { expectedPopulation, generateResidents } from './population';

export interface GenerateIntoDbOptions {
  provinceCode: string;
  scale: number;
  seed: number | string;
  referenceDate: string;
  batchSize?: number;
  commitLimits?: CommitLimits;
  onProgress?: (written: number, expected: number) => void;
}

/**
 * Generates a synthetic province straight into the database through the one write path (source
 * `generate`), several batches per transaction (grouped-transactions.ts), so counters and history are
 * exactly as if the residents had been imported. Running it twice with the same options changes nothing
 * the second time.
 */
export async function generateIntoDatabase(
  handle: Db,
  o: GenerateIntoDbOptions,
): Promise<WriteOutcome & { total: number }> {
  const expected = expectedPopulation(o.provinceCode, o.scale);
  const records = generateResidents({
    provinceCode: o.provinceCode,
    villages: loadVillages(o.provinceCode),
    scale: o.scale,
    seed: o.seed,
    referenceDate: o.referenceDate,
  });
  const batchSize = o.batchSize ?? 5000;
  const sum: WriteOutcome & { total: number } = {
    inserted: 0,
    updated: 0,
    unchanged: 0,
    rejected: [],
    total: 0,
  };
  const meta = {
    source: 'generate',
    actor: null,
    ip: null,
    scope: o.provinceCode,
    audit: 'batch',
    enforceTransitions: false,
  } as const;
  await writeInGroupedTransactions(
    handle,
    batchesOf(records, batchSize),
    async (batch, writer) => {
      const out = await writer.apply(
        batch.map((record) => ({ kind: 'upsert' as const, record })),
        meta,
      );
      sum.inserted += out.inserted;
      sum.updated += out.updated;
      sum.unchanged += out.unchanged;
      sum.rejected.push(...out.rejected);
      sum.total += batch.length;
    },
    () => o.onProgress?.(sum.total, expected),
    o.commitLimits,
  );
  return sum;
}

function* batchesOf(records: Iterable<ResidentRecord>, size: number): Generator<ResidentRecord[]> {
  let batch: ResidentRecord[] = [];
  for (const r of records) {
    batch.push(r);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
