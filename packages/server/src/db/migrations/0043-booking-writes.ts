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
 * `settings_version`: one row whose number every change to `settings` raises, by trigger, in the
 * changing transaction (whatever writes it: the settings command, a test, a hand-made fix). The booking
 * rules are read on every hold and confirmation, four scopes each; a reader now reads this one row and
 * reuses the rows it read at the same number (modules/settings/settings-cache.ts), so a change is seen
 * by the next read on every instance, as before.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await sql`drop index audit_user_idx`.execute(db);
  await sql`create table settings_version (id integer primary key check (id = 1), version bigint not null)`.execute(
    db,
  );
  await sql`insert into settings_version (id, version) values (1, 0)`.execute(db);
  if (engine === 'postgres') {
    await sql`create function sigap_bump_settings_version() returns trigger language plpgsql as $$
      begin
        update settings_version set version = version + 1 where id = 1;
        return null;
      end $$`.execute(db);
    await sql`create trigger settings_version_bump after insert or update or delete or truncate on settings
      for each statement execute function sigap_bump_settings_version()`.execute(db);
    return;
  }
  for (const event of ['insert', 'update', 'delete']) {
    await sql`create trigger ${sql.raw(`settings_version_${event}`)} after ${sql.raw(event)} on settings
      begin update settings_version set version = version + 1 where id = 1; end`.execute(db);
  }
}
