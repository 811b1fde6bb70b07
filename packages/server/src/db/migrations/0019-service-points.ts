import type { Kysely } from 'kysely';
import { dateType, timestampType, withIdColumn } from '../column-types';
import type { Engine } from '../connect';

/**
 * Service points (issue 12): where residents are served (regency office, UPT, MPP, mobile unit), with
 * their counters, services with minutes per service and weekly hours (JSON), closures of single days and
 * extra sessions. Keyed by region code so lists filter by scope with a prefix.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const ts = timestampType(engine);
  await withIdColumn(db.schema.createTable('service_points'), engine)
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    /** regency_office | upt | mpp | mobile */
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('counters', 'integer', (c) => c.notNull())
    /** JSON: minutes per service, { recording: 15, … } */
    .addColumn('services', 'text', (c) => c.notNull())
    /** JSON: hours per weekday "0".."6", { open, close, breakStart?, breakEnd? } */
    .addColumn('hours', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('service_points_region').on('service_points').column('region_code').execute();

  await withIdColumn(db.schema.createTable('service_closures'), engine)
    .addColumn('service_point_id', 'bigint', (c) => c.notNull())
    .addColumn('date', dateType(engine), (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('service_closures_point_date')
    .on('service_closures')
    .columns(['service_point_id', 'date'])
    .unique()
    .execute();

  await withIdColumn(db.schema.createTable('service_sessions'), engine)
    .addColumn('service_point_id', 'bigint', (c) => c.notNull())
    .addColumn('date', dateType(engine), (c) => c.notNull())
    /** evening | weekend | holiday | election_day */
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('end_time', 'text', (c) => c.notNull())
    .addColumn('counters', 'integer', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('service_sessions_point_date')
    .on('service_sessions')
    .columns(['service_point_id', 'date'])
    .execute();
}
