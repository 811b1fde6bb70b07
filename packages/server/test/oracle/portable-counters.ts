import { type Kysely, sql } from 'kysely';
import type { Database } from '../../src/db/schema';
import type { CounterDeltas, CounterRowDelta } from '../../src/modules/counters/counter-deltas';
import {
  BIRTH_COLUMN,
  COUNT_COLUMNS,
  type CounterTable,
  type UpsertedCounterRow,
} from '../../src/modules/counters/counter-key';

/**
 * The test oracle of `EngineStore.applyCounterDeltas`: the same counter moves as plain multi-row Kysely
 * upserts, with no engine-specific SQL. Production code never imports it (engine-seam.test.ts); tests run
 * the same writes through each engine's store and through this and compare the tables.
 */

/** 14 columns × 2,000 rows stays under SQLite's bound-parameter limit. */
const CHUNK = 2000;

async function upsert(
  trx: Kysely<Database>,
  table: CounterTable,
  deltas: readonly CounterRowDelta[],
): Promise<void> {
  const key = ['region_code', BIRTH_COLUMN[table], 'married', 'exit_date'] as const;
  const set = Object.fromEntries(
    COUNT_COLUMNS.map((c) => [c, sql`${sql.ref(`${table}.${c}`)} + excluded.${sql.ref(c)}`]),
  );
  for (let i = 0; i < deltas.length; i += CHUNK) {
    const chunk = deltas.slice(i, i + CHUNK);
    const emptied = await sql<UpsertedCounterRow>`
      insert into ${sql.table(table)} (${sql.join([...key, ...COUNT_COLUMNS].map((c) => sql.ref(c)))})
      values ${sql.join(chunk.map((d) => sql`(${sql.join([d.region, d.birth, d.married, d.exitDate, ...d.counts])})`))}
      on conflict (${sql.join(key.map((c) => sql.ref(c)))})
      do update set ${sql.join(Object.entries(set).map(([c, v]) => sql`${sql.ref(c)} = ${v}`))}
      returning region_code, ${sql.ref(BIRTH_COLUMN[table])} as birth, married, exit_date, n`.execute(trx);
    // A row whose residents all left is deleted, so the tables hold only buckets that exist.
    for (const r of emptied.rows) {
      if (Number(r.n) !== 0) continue;
      await trx
        .deleteFrom(table)
        .where('region_code', '=', r.region_code)
        .where(BIRTH_COLUMN[table] as 'birth_month', '=', r.birth)
        .where('married', '=', Number(r.married))
        .where('exit_date', '=', r.exit_date)
        .execute();
    }
  }
}

/**
 * Adds the deltas to the counter rows with one upsert per chunk of distinct keys. Must run in the same
 * transaction as the resident changes they describe. Rows that reach zero are deleted so that the tables
 * hold only buckets that exist.
 */
export async function applyCounterDeltasPortable(
  trx: Kysely<Database>,
  deltas: CounterDeltas,
): Promise<void> {
  const expanded = deltas.expand();
  await upsert(trx, 'resident_counts', expanded.month);
  await upsert(trx, 'resident_counts_day', expanded.day);
}
