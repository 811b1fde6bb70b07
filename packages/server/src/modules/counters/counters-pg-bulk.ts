import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema';
import type { CounterDeltas, CounterRowDelta } from './counter-deltas';
import { BIRTH_COLUMN, COUNT_COLUMNS, type CounterTable, type UpsertedCounterRow } from './counter-key';

/** Rows per statement: one array parameter per column, so the SQL text stays short whatever the size. */
const CHUNK = 10_000;

/**
 * PostgreSQL's native path for applyCounterDeltas: each chunk of distinct rows is one upsert from `unnest`
 * arrays, in the caller's transaction. The upsert returns each row's new `n`; rows that reached zero are
 * deleted in one more statement.
 */
export async function applyCounterDeltasPg(trx: Kysely<Database>, deltas: CounterDeltas): Promise<void> {
  const expanded = deltas.expand();
  await upsert(trx, 'resident_counts', expanded.month);
  await upsert(trx, 'resident_counts_day', expanded.day);
}

async function upsert(
  trx: Kysely<Database>,
  table: CounterTable,
  rows: readonly CounterRowDelta[],
): Promise<void> {
  const birth = sql.ref(BIRTH_COLUMN[table]);
  const key = sql`region_code, ${birth}, married, exit_date`;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const counts = COUNT_COLUMNS.map((_, c) => sql`${chunk.map((r) => r.counts[c])}::bigint[]`);
    const result = await sql<UpsertedCounterRow>`
      insert into ${sql.table(table)} (${key}, ${sql.join(COUNT_COLUMNS.map((c) => sql.ref(c)))})
      select * from unnest(
        ${chunk.map((r) => r.region)}::text[], ${chunk.map((r) => r.birth)}::text[],
        ${chunk.map((r) => r.married)}::int[], ${chunk.map((r) => r.exitDate)}::text[],
        ${sql.join(counts)})
      on conflict (${key}) do update set
        ${sql.join(COUNT_COLUMNS.map((c) => sql`${sql.ref(c)} = ${sql.table(table)}.${sql.ref(c)} + excluded.${sql.ref(c)}`))}
      returning region_code, ${birth} as birth, married, exit_date, n`.execute(trx);
    const emptied = result.rows.filter((r) => Number(r.n) === 0);
    if (emptied.length === 0) continue;
    await sql`
      delete from ${sql.table(table)} t
      using unnest(${emptied.map((r) => r.region_code)}::text[], ${emptied.map((r) => r.birth)}::text[],
                   ${emptied.map((r) => r.married)}::int[], ${emptied.map((r) => r.exit_date)}::text[])
            as e(region_code, birth, married, exit_date)
      where t.region_code = e.region_code and t.${birth} = e.birth and t.married = e.married
        and t.exit_date = e.exit_date and t.n = 0`.execute(trx);
  }
}
