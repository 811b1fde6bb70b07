import { type Kysely, sql } from 'kysely';
import type { CounterDeltas, CounterRowDelta } from '../../modules/counters/counter-deltas';
import {
  BIRTH_COLUMN,
  COUNT_COLUMNS,
  type CounterTable,
  type UpsertedCounterRow,
} from '../../modules/counters/counter-key';
import type { Database } from '../schema';

/** Rows per statement: one array parameter per column, so the SQL text stays short whatever the size. */
const CHUNK = 10_000;

/**
 * PostgreSQL's native path for applyCounterDeltas: each chunk of distinct rows is one upsert from `unnest`
 * arrays, in the caller's transaction. Only rows whose `n` goes down can empty: those are upserted apart,
 * returning their new `n`, and the ones that reached zero are deleted in one more statement. The rest (all
 * of a first import) return nothing, which spares parsing a row per upsert.
 */
export async function applyCounterDeltasPg(trx: Kysely<Database>, deltas: CounterDeltas): Promise<void> {
  const expanded = deltas.expand();
  for (const table of ['resident_counts', 'resident_counts_day'] as const) {
    const rows = table === 'resident_counts' ? expanded.month : expanded.day;
    const growing = rows.filter((r) => (r.counts[0] as number) >= 0);
    const shrinking = rows.filter((r) => (r.counts[0] as number) < 0);
    for (let i = 0; i < growing.length; i += CHUNK) await upsert(trx, table, growing.slice(i, i + CHUNK));
    for (let i = 0; i < shrinking.length; i += CHUNK)
      await removeEmptied(trx, table, await upsert(trx, table, shrinking.slice(i, i + CHUNK), true));
  }
}

async function upsert(
  trx: Kysely<Database>,
  table: CounterTable,
  chunk: readonly CounterRowDelta[],
  returning = false,
): Promise<UpsertedCounterRow[]> {
  const birth = sql.ref(BIRTH_COLUMN[table]);
  const key = sql`region_code, ${birth}, married, exit_date`;
  // Unnests in the select list advance in lockstep and stream (see residents-pg-bulk.ts).
  const counts = COUNT_COLUMNS.map(
    (c, i) => sql`unnest(${chunk.map((r) => r.counts[i])}::bigint[]) as ${sql.ref(c)}`,
  );
  const result = await sql<UpsertedCounterRow>`
    insert into ${sql.table(table)} (${key}, ${sql.join(COUNT_COLUMNS.map((c) => sql.ref(c)))})
    select unnest(${chunk.map((r) => r.region)}::text[]), unnest(${chunk.map((r) => r.birth)}::text[]),
      unnest(${chunk.map((r) => r.married)}::int[]), unnest(${chunk.map((r) => r.exitDate)}::text[]),
      ${sql.join(counts)}
    on conflict (${key}) do update set
      ${sql.join(COUNT_COLUMNS.map((c) => sql`${sql.ref(c)} = ${sql.table(table)}.${sql.ref(c)} + excluded.${sql.ref(c)}`))}
    ${returning ? sql`returning region_code, ${birth} as birth, married, exit_date, n` : sql``}`.execute(trx);
  return result.rows;
}

async function removeEmptied(
  trx: Kysely<Database>,
  table: CounterTable,
  upserted: readonly UpsertedCounterRow[],
): Promise<void> {
  const emptied = upserted.filter((r) => Number(r.n) === 0);
  if (emptied.length === 0) return;
  const birth = sql.ref(BIRTH_COLUMN[table]);
  await sql`
    delete from ${sql.table(table)} t
    using unnest(${emptied.map((r) => r.region_code)}::text[], ${emptied.map((r) => r.birth)}::text[],
                 ${emptied.map((r) => r.married)}::int[], ${emptied.map((r) => r.exit_date)}::text[])
          as e(region_code, birth, married, exit_date)
    where t.region_code = e.region_code and t.${birth} = e.birth and t.married = e.married
      and t.exit_date = e.exit_date and t.n = 0`.execute(trx);
}
