import type { Kysely } from 'kysely';
import type { Engine } from '../connect';

/**
 * Resident rows read per user per time window (list rows and opened records), kept in the database so
 * that several server instances share one budget. `window_no` is the window's start in whole windows since
 * the epoch; `alerted` marks the window whose budget was exceeded and reported to the admins once.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await db.schema
    .createTable('read_budget_usage')
    .addColumn('user_id', engine === 'postgres' ? 'bigint' : 'integer', (c) => c.notNull())
    /** `short` (SIGAP_READ_BUDGET_MINUTES) or `day`. */
    .addColumn('window_kind', 'text', (c) => c.notNull())
    .addColumn('window_no', 'integer', (c) => c.notNull())
    .addColumn('rows_read', 'integer', (c) => c.notNull())
    .addColumn('alerted', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('read_budget_usage_pk', ['user_id', 'window_kind', 'window_no'])
    .execute();
}
