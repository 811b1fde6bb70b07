import { type Kysely, sql } from 'kysely';
import type { Engine } from '../connect';

/**
 * No daily counter rows at the village level (issue 17; docs/counters.md, DAILY_LEVELS).
 *
 * A village holds few residents per birth date, so its daily rows were nearly a row per resident born after
 * the floor, and every import and generation upserted one per resident. A village's boundary days are now
 * read from its residents born in those months, through this index: on 201,026 residents it cost the bare
 * insert 1–10 % (PostgreSQL 4.46 → 4.50 s, SQLite 3.73 → 4.13 s, medians of 3). The village rows go; the
 * other levels' rows stay exactly as they were.
 */
export async function up(db: Kysely<unknown>, _engine: Engine): Promise<void> {
  // On PostgreSQL the index is made on the partitioned table, so every province partition, present or
  // created later (pg-partitions.ts), gets its own. SQLite runs a migration outside a transaction: a
  // process killed after the index and before the delete runs this again, so it must find the index there.
  await sql`create index if not exists residents_village_birth_idx on residents (village_code, birth_date)`.execute(
    db,
  );
  // A village code is `18.71.01.1001` (13 characters), a district `18.71.01` (8).
  await sql`delete from resident_counts_day where length(region_code) > 8`.execute(db);
}
