import type { Kysely } from 'kysely';
import { dateType, timestampType, withIdColumn } from '../column-types';
import type { Engine } from '../connect';

/** Daily coverage snapshots, regency daily reports and office settings (province command center). */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const ts = timestampType(engine);
  const date = dateType(engine);
  const bigint = engine === 'postgres' ? 'bigint' : 'integer';

  let snapshots = db.schema
    .createTable('coverage_snapshots')
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('date', date, (c) => c.notNull())
    .addColumn('taken_at', ts, (c) => c.notNull())
    .addColumn('trigger', 'text', (c) => c.notNull());
  for (const column of [
    'population',
    'must_hold_id',
    'recorded',
    'not_recorded',
    'print_ready_waiting',
    'printed',
    'handed_over',
    'needs_rerecording',
    'digital_id_active',
    'voters',
    'voters_recorded',
  ]) {
    snapshots = snapshots.addColumn(column, bigint, (c) => c.notNull());
  }
  await snapshots.addPrimaryKeyConstraint('coverage_snapshots_pk', ['region_code', 'date']).execute();

  await withIdColumn(db.schema.createTable('daily_reports'), engine)
    .addColumn('regency_code', 'text', (c) => c.notNull())
    .addColumn('date', date, (c) => c.notNull())
    /** 'sigap' when pre-filled from Sigap's own data and confirmed, 'manual' when typed by the regency. */
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('recorded_today', bigint)
    .addColumn('cumulative_recorded', bigint, (c) => c.notNull())
    .addColumn('must_hold_id', bigint, (c) => c.notNull())
    .addColumn('print_ready_waiting', bigint)
    .addColumn('printed', bigint)
    .addColumn('blanko_stock', bigint)
    .addColumn('suket_issued', bigint)
    .addColumn('stated_percent', 'real')
    .addColumn('stated_remaining', bigint)
    .addColumn('stated_remaining_percent', 'real')
    .addColumn('notes', 'text')
    .addColumn('flags', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('submitted_by', bigint, (c) => c.notNull())
    .addColumn('submitted_at', ts, (c) => c.notNull())
    .addColumn('reviewed_by', bigint)
    .addColumn('reviewed_at', ts)
    .addColumn('review_comment', 'text')
    .addUniqueConstraint('daily_reports_regency_date_uq', ['regency_code', 'date'])
    .execute();

  await db.schema
    .createTable('settings')
    .addColumn('scope_code', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addColumn('updated_by', bigint)
    .addPrimaryKeyConstraint('settings_pk', ['scope_code', 'key'])
    .execute();
}
