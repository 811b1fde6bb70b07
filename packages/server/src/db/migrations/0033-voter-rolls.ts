import type { Kysely } from 'kysely';
import { dateType, timestampType, withIdColumn } from '../column-types';
import type { Engine } from '../connect';

/**
 * The voter-roll (DPT/DP4) cross-check (issue 16).
 *
 * `voter_rolls`: one extract of the election commission's roll for an election and a region, loaded by an
 * import job of kind `voter_roll` (its progress, bad rows and resumption are the import's); `classified_at`
 * is set once every row has its class and the reverse set (Sigap voters missing from the roll) is stored.
 *
 * `voter_roll_rows`: the staged rows (`line` = the file line) and, with `line` null, the reverse rows.
 * `region_code` is where the row is counted: the matched resident's village, else the roll's region.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const ts = timestampType(engine);
  const date = dateType(engine);
  await withIdColumn(db.schema.createTable('voter_rolls'), engine)
    .addColumn('import_job_id', 'bigint', (c) => c.notNull().unique())
    .addColumn('election_id', 'bigint', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('classified_at', ts)
    /** 1 for the demo seed's roll: labelled "(demo)". */
    .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'bigint')
    .addColumn('created_at', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('voter_rolls_region').on('voter_rolls').column('region_code').execute();

  await withIdColumn(db.schema.createTable('voter_roll_rows'), engine)
    .addColumn('roll_id', 'bigint', (c) => c.notNull())
    .addColumn('line', 'integer')
    .addColumn('nik', 'text', (c) => c.notNull())
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('birth_date', date, (c) => c.notNull())
    .addColumn('sex', 'text', (c) => c.notNull())
    .addColumn('address', 'text')
    .addColumn('tps', 'text')
    .addColumn('resident_id', 'bigint')
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('class', 'text')
    .execute();
  // Duplicates within a roll, and the join to residents by NIK.
  await db.schema
    .createIndex('voter_roll_rows_nik')
    .on('voter_roll_rows')
    .columns(['roll_id', 'nik', 'line'])
    .execute();
  // Summaries and lists: a class of a roll within a region.
  await db.schema
    .createIndex('voter_roll_rows_class')
    .on('voter_roll_rows')
    .columns(['roll_id', 'class', 'region_code'])
    .execute();
}
