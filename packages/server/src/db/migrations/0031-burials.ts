import { type Kysely, sql } from 'kysely';
import { dateType, timestampType, withIdColumn } from '../column-types';
import type { Engine } from '../connect';

/**
 * The burial register (issue 16):
 * - `cemeteries` of a region and `cemetery_managers`, the link that limits a `pengelola_makam` account to
 *   the cemeteries it enters burials for (a manager may keep several, a cemetery may have several managers);
 * - `burials`: one entry per burial, keyed also by the phone's `client_id` (unique: an offline repeat is
 *   ignored); `dup_key` (normalised name | birth | death) and `nik` find entries of one person;
 *   `region_code` is the cemetery's, the scope an office works in;
 * - `burial_events`: the entry's history (entered, edited, matched, dismissed, certified, annulled);
 * - `death_certificates` with `death_certificate_sequences`: one gap-free number series per regency and
 *   year (the suket pattern: one guarded update in the issuing transaction); one active certificate per
 *   resident and per burial by partial unique indexes, an annulled one stays with its reason.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const ts = timestampType(engine);
  const day = dateType(engine);

  await withIdColumn(db.schema.createTable('cemeteries'), engine)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('address', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('cemeteries_region').on('cemeteries').column('region_code').execute();

  await db.schema
    .createTable('cemetery_managers')
    .addColumn('user_id', 'bigint', (c) => c.notNull())
    .addColumn('cemetery_id', 'bigint', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('cemetery_managers_pk', ['user_id', 'cemetery_id'])
    .execute();

  await withIdColumn(db.schema.createTable('burials'), engine)
    .addColumn('client_id', 'text', (c) => c.notNull().unique())
    .addColumn('cemetery_id', 'bigint', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('nik', 'text')
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('dup_key', 'text', (c) => c.notNull())
    .addColumn('birth_date', day, (c) => c.notNull())
    .addColumn('date_of_death', day, (c) => c.notNull())
    .addColumn('date_of_burial', day, (c) => c.notNull())
    /** The village the deceased lived in, when the family said (else the cemetery's region is used). */
    .addColumn('village_code', 'text')
    .addColumn('cause', 'text')
    .addColumn('reporter_name', 'text', (c) => c.notNull())
    .addColumn('reporter_relation', 'text', (c) => c.notNull())
    .addColumn('reporter_phone', 'text')
    /** open | matched | certified | dismissed */
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('resident_id', 'bigint')
    .addColumn('dismiss_reason', 'text')
    .addColumn('entered_by', 'bigint', (c) => c.notNull())
    .addColumn('entered_day', day, (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addCheckConstraint('burials_dates', sql`date_of_burial >= date_of_death and date_of_death >= birth_date`)
    .addCheckConstraint('burials_status', sql`status in ('open', 'matched', 'certified', 'dismissed')`)
    .addCheckConstraint(
      'burials_matched_resident',
      sql`status not in ('matched', 'certified') or resident_id is not null`,
    )
    .execute();
  await db.schema
    .createIndex('burials_region_status')
    .on('burials')
    .columns(['region_code', 'status'])
    .execute();
  await db.schema.createIndex('burials_cemetery').on('burials').columns(['cemetery_id', 'id']).execute();
  await db.schema.createIndex('burials_nik').on('burials').column('nik').execute();
  await db.schema.createIndex('burials_dup_key').on('burials').column('dup_key').execute();

  await withIdColumn(db.schema.createTable('burial_events'), engine)
    .addColumn('burial_id', 'bigint', (c) => c.notNull())
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'bigint')
    .addColumn('details', 'text')
    .addColumn('at', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('burial_events_burial').on('burial_events').column('burial_id').execute();

  await withIdColumn(db.schema.createTable('death_certificate_sequences'), engine)
    .addColumn('regency_code', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last_number', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('death_certificate_sequences_key')
    .on('death_certificate_sequences')
    .columns(['regency_code', 'year'])
    .unique()
    .execute();

  await withIdColumn(db.schema.createTable('death_certificates'), engine)
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('regency_code', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('burial_id', 'bigint', (c) => c.notNull())
    .addColumn('resident_id', 'bigint', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('date_of_death', day, (c) => c.notNull())
    .addColumn('issued_on', day, (c) => c.notNull())
    .addColumn('issued_by', 'bigint', (c) => c.notNull())
    /** active | annulled */
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('annulled_by', 'bigint')
    .addColumn('annulled_at', ts)
    .addColumn('annul_reason', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addCheckConstraint(
      'death_certificates_annulment',
      sql`status = 'active' or (annulled_by is not null and annul_reason is not null and annulled_by <> issued_by)`,
    )
    .execute();
  await db.schema
    .createIndex('death_certificates_regency_seq')
    .on('death_certificates')
    .columns(['regency_code', 'year', 'seq'])
    .unique()
    .execute();
  await sql`create unique index death_certificates_one_per_resident on death_certificates (resident_id) where status = 'active'`.execute(
    db,
  );
  await sql`create unique index death_certificates_one_per_burial on death_certificates (burial_id) where status = 'active'`.execute(
    db,
  );
}
