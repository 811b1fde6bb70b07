import { type Kysely, sql } from 'kysely';
import { dateType, timestampType, withIdColumn } from '../column-types';
import type { Engine } from '../connect';

/**
 * The registry refuses impossible states (domain resident-state.ts). A change of life status by hand now
 * carries its source document and a reason, kept with the history entry; and a death entered by hand is a
 * death report that a second officer confirms before the resident counts as deceased.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await db.schema.alterTable('resident_history').addColumn('document_no', 'text').execute();
  await db.schema.alterTable('resident_history').addColumn('note', 'text').execute();
  await db.schema.alterTable('import_errors').addColumn('nik', 'text').execute();
  await db.schema.alterTable('import_errors').addColumn('full_name', 'text').execute();

  const ts = timestampType(engine);
  await withIdColumn(db.schema.createTable('death_reports'), engine)
    .addColumn('resident_id', 'bigint', (c) => c.notNull())
    /** The resident's village when reported: the worklist filters by it without a join. */
    .addColumn('village_code', 'text', (c) => c.notNull())
    .addColumn('date_of_death', dateType(engine), (c) => c.notNull())
    .addColumn('document_no', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    /** pending | confirmed | rejected */
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reported_by', 'bigint', (c) => c.notNull())
    .addColumn('reported_at', ts, (c) => c.notNull())
    .addColumn('decided_by', 'bigint')
    .addColumn('decided_at', ts)
    .addColumn('decision_note', 'text')
    .execute();
  // One open report per resident: a second report of the same death would be confirmed twice.
  await sql`create unique index death_reports_one_pending on death_reports (resident_id) where status = 'pending'`.execute(
    db,
  );
  await db.schema
    .createIndex('death_reports_village_idx')
    .on('death_reports')
    .columns(['status', 'village_code'])
    .execute();
}
