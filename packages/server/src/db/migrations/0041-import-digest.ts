import { type Kysely, sql } from 'kysely';
import type { Engine } from '../connect';

/**
 * `residents.import_digest` (issue 17: a re-import of an unchanged extract at ≤ 0.25 of the first import).
 * It holds the digest of the extract row whose data the resident holds now, prefixed with the reference
 * date it was parsed on (modules/imports/line-digest.ts): an import reads it by NIK and skips a row whose
 * digest matches without parsing or comparing it. It must never vouch for data another writer changed, so
 * the write path sets it on every write (null for anything but an import row), and a trigger clears it on
 * any other update of a data column that keeps it: a writer outside the write path cannot leave a stale
 * digest behind.
 *
 * The data columns are listed here as they are today (a migration does not follow later code).
 */
const DATA_COLUMNS = [
  'nik',
  'no_kk',
  'full_name',
  'sex',
  'birth_place',
  'birth_date',
  'marital_status',
  'citizenship',
  'stay_permit',
  'religion',
  'occupation',
  'village_code',
  'address',
  'phone',
  'life_status',
  'life_status_date',
  'recording_status',
  'recording_date',
  'recording_place',
  'print_status',
  'printed_date',
  'handed_over_date',
  'ikd_activated_date',
  'quality_flags',
];

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  // Nullable without a default: on both engines a change of the catalogue only, whatever the table's size.
  await sql`alter table residents add column import_digest text`.execute(db);
  const columns = sql.raw(DATA_COLUMNS.join(', '));
  if (engine === 'sqlite') {
    // SQLite cannot change NEW in a BEFORE trigger: the AFTER trigger clears it with a second write, which
    // only a writer outside the write path ever causes (the write path sets the digest itself).
    await sql`create trigger residents_import_digest_guard after update of ${columns} on residents
      for each row when new.import_digest is not null and new.import_digest is old.import_digest
      begin update residents set import_digest = null where id = new.id; end`.execute(db);
    return;
  }
  const olds = sql.raw(DATA_COLUMNS.map((c) => `old.${c}`).join(', '));
  const news = sql.raw(DATA_COLUMNS.map((c) => `new.${c}`).join(', '));
  await sql`create function sigap_residents_import_digest_guard() returns trigger language plpgsql as $$
    begin
      if row(${news}) is distinct from row(${olds}) then new.import_digest := null; end if;
      return new;
    end $$`.execute(db);
  // On the partitioned table: PostgreSQL clones it to every partition, those made later included.
  await sql`create trigger residents_import_digest_guard before update on residents for each row
    when (new.import_digest is not null and new.import_digest = old.import_digest)
    execute function sigap_residents_import_digest_guard()`.execute(db);
}
