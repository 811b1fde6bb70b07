import { type CreateTableBuilder, type Kysely, sql } from 'kysely';
import { rebuildSuketCounts } from '../../modules/sukets';
import type { Engine } from '../connect';
import type { Database } from '../schema';

/**
 * Suket figures from counters (issue 17; docs/counters.md "Suket counters"). The command center's suket
 * figures were a scan of the suket rows per request and a join of the active ones to their holders: 250–310
 * ms of CPU for Lampung with 200 000 sukets. `suket_counts` keeps each figure as dated changes per region
 * level (nation to village), election and "holder printed now", written in the transaction of every issue,
 * supersede, revoke and holder change, so a figure on day D is a sum of the rows dated D or before;
 * `suket_counts_month` holds the same per month, so a read sums months and then one month's days.
 *
 * `sukets_resident` finds every suket a resident holds or held when the write path changes them.
 * The table is filled from the existing sukets with the write path's own event rules.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const count = engine === 'postgres' ? 'bigint' : 'integer';
  // Clustered on its key on SQLite (WITHOUT ROWID): a read is one range of one b-tree per region.
  const clustered = <T extends CreateTableBuilder<string, string>>(t: T): T =>
    engine === 'sqlite' ? (t.modifyEnd(sql`without rowid`) as T) : t;
  for (const [table, period] of [
    ['suket_counts', 'day'],
    ['suket_counts_month', 'month'],
  ] as const) {
    await db.schema
      .createTable(table)
      .addColumn('region_code', 'text', (c) => c.notNull())
      .addColumn(period, 'text', (c) => c.notNull())
      .addColumn('election_id', 'bigint', (c) => c.notNull())
      .addColumn('printed', 'integer', (c) => c.notNull())
      .addColumn('issued', count, (c) => c.notNull())
      .addColumn('active', count, (c) => c.notNull())
      .addColumn('superseded', count, (c) => c.notNull())
      .addColumn('covering', count, (c) => c.notNull())
      .addPrimaryKeyConstraint(`${table}_pk`, ['region_code', period, 'election_id', 'printed'])
      .$call(clustered)
      .execute();
  }
  await db.schema.createIndex('sukets_resident').on('sukets').column('resident_id').execute();
  await rebuildSuketCounts(db as Kysely<Database>);
}
