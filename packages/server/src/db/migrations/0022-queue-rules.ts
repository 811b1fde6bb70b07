import type { Kysely } from 'kysely';
import { timestampType, withIdColumn } from '../column-types';
import type { Engine } from '../connect';

/**
 * The queue at the office (issue 12), what 0020 left to the queue module:
 * - `queue_rules`: per service point, the daily cap of walk-in tickets (so nobody waits all day to be
 *   turned away), the priority : normal call ratio and the no-show grace; a point without a row uses the
 *   defaults of `modules/queue/queue-rules.ts`. Per point, not a regional setting: the office and the MPP
 *   of one city differ in counters and crowd;
 * - `queue_tickets.queued_at`: when a ticket last joined the line. A no-show put back in the queue goes to
 *   the end of its lane, while `issued_at` keeps the first arrival for waiting-time figures.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const ts = timestampType(engine);
  await withIdColumn(db.schema.createTable('queue_rules'), engine)
    .addColumn('service_point_id', 'bigint', (c) => c.notNull().unique())
    .addColumn('walk_in_daily_cap', 'integer', (c) => c.notNull())
    .addColumn('ratio_priority', 'integer', (c) => c.notNull())
    .addColumn('ratio_normal', 'integer', (c) => c.notNull())
    .addColumn('no_show_grace_minutes', 'integer', (c) => c.notNull())
    .addColumn('updated_by', 'bigint')
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
  await db.schema.alterTable('queue_tickets').addColumn('queued_at', ts).execute();
}
