import { type Kysely, sql } from 'kysely';
import type { Engine } from '../connect';

/**
 * Booking throughput (issue 12): less written and read per booking.
 *
 * `audit_user_idx (user_id, at)` goes: no statement reads it (the audit page filters by username, region,
 * action and dates, served by `audit_region_idx`, `audit_action_idx` and `audit_at_idx`; the chain is
 * read by id), yet every audit entry wrote it: on a booking, a B-tree insert and one more page in the
 * confirmation's commit. test/audit/audit-indexes.test.ts checks the audit reads on both engines.
 *
 * `cache_versions`: a number per family of rarely changed rows that every change to them raises, by
 * trigger, in the changing transaction, whatever writes it (the module's command, a test, a hand-made
 * fix): `settings` (the settings table) and `service_points` (points, their closures and sessions). The
 * booking rules and the point's plan are read on every hold (the rules again on every confirmation);
 * a reader now reads the family's one row and reuses the rows it read at the same number
 * (db/version-cache.ts), so a change is seen by the next read on every instance, as before.
 */
/** Each family's row by a fixed id (db/version-cache.ts names them): a rowid read is the cheapest there is. */
const FAMILIES: Record<string, { id: number; tables: readonly string[] }> = {
  settings: { id: 1, tables: ['settings'] },
  service_points: { id: 2, tables: ['service_points', 'service_closures', 'service_sessions'] },
};

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await sql`drop index audit_user_idx`.execute(db);
  await sql`create table cache_versions (id integer primary key, name text not null unique, version bigint not null)`.execute(
    db,
  );
  for (const [name, { id }] of Object.entries(FAMILIES)) {
    await sql`insert into cache_versions (id, name, version) values (${id}, ${name}, 0)`.execute(db);
  }
  if (engine === 'postgres') {
    await sql`create function sigap_bump_cache_version() returns trigger language plpgsql as $$
      begin
        update cache_versions set version = version + 1 where id = TG_ARGV[0]::integer;
        return null;
      end $$`.execute(db);
  }
  for (const { id, tables } of Object.values(FAMILIES)) {
    for (const table of tables) {
      if (engine === 'postgres') {
        await sql`create trigger ${sql.raw(`${table}_cache_version`)}
          after insert or update or delete or truncate on ${sql.table(table)}
          for each statement execute function sigap_bump_cache_version(${sql.lit(String(id))})`.execute(db);
        continue;
      }
      for (const event of ['insert', 'update', 'delete']) {
        await sql`create trigger ${sql.raw(`${table}_cache_version_${event}`)} after ${sql.raw(event)}
          on ${sql.table(table)} begin
            update cache_versions set version = version + 1 where id = ${sql.lit(id)};
          end`.execute(db);
      }
    }
  }
}
