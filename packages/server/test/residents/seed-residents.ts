import type { ResidentRecord } from '@sigap/domain';
import { applyResidentWrites } from '../../src/modules/residents/resident-write.service';
import type { WriteOutcome } from '../../src/modules/residents/resident-write.types';
import { IMPORT_META } from '../helpers/resident-factory';
import type { TestEnv } from '../helpers/test-env';

export { IMPORT_META };

/** Seeds residents through the one write path (rows, history and counters together), in one transaction. */
export async function seedResidents(env: TestEnv, records: readonly ResidentRecord[]): Promise<WriteOutcome> {
  return env.handle.db.transaction().execute((trx) =>
    applyResidentWrites(
      trx,
      env.handle.store,
      records.map((record) => ({ kind: 'upsert', record })),
      IMPORT_META,
    ),
  );
}

/** The stored id of a resident by NIK. */
export async function residentId(env: TestEnv, nik: string): Promise<number> {
  const row = await env.handle.db
    .selectFrom('residents')
    .select('id')
    .where('nik', '=', nik)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Rows as sorted JSON lines: a stable, engine-neutral picture of a table for before/after comparisons. */
export function sortedJson(rows: readonly object[]): string[] {
  return rows.map((r) => JSON.stringify(r)).sort();
}

/** Every counter row of both tables, for before/after comparisons. */
export async function allCounterRows(env: TestEnv) {
  const { db } = env.handle;
  return {
    monthly: sortedJson(await db.selectFrom('resident_counts').selectAll().execute()),
    daily: sortedJson(await db.selectFrom('resident_counts_day').selectAll().execute()),
  };
}
