import { type CreateTableBuilder, type Kysely, sql } from 'kysely';
import { COUNT_COLUMNS, rebuildCounters } from '../../modules/counters';
import type { Engine } from '../connect';
import type { EngineStore } from '../engine/engine-store';
import type { Database } from '../schema';

/**
 * Counters, second layout (docs/counters.md): one row per bucket (region, birth month or date, married, exit
 * date) with a column per class instead of one row per class, and one floor bucket for everyone born before
 * the earliest boundary a supported reference date can ask about. A province reads about a tenth of the
 * rows it read before, and a write touches fewer rows. The tables are rebuilt from the residents.
 */
export async function up(db: Kysely<unknown>, engine: Engine, store: EngineStore): Promise<void> {
  const bigint = engine === 'postgres' ? 'bigint' : 'integer';
  // On SQLite the counters are clustered on their key (WITHOUT ROWID): an upsert touches one b-tree, not
  // a table and its key index.
  const clustered = <T extends CreateTableBuilder<string, string>>(t: T): T =>
    engine === 'sqlite' ? (t.modifyEnd(sql`without rowid`) as T) : t;
  await db.schema.dropTable('resident_counts').execute();
  await db.schema.dropTable('resident_counts_day').execute();
  for (const [table, birth, key] of [
    ['resident_counts', 'birth_month', ['region_code', 'birth_month', 'married', 'exit_date']],
    // Daily rows exist at every level too, keyed by region first: a query reads a few day ranges per
    // region, and an import (whose rows come village by village) writes a narrow part of the table.
    ['resident_counts_day', 'birth_date', ['region_code', 'birth_date', 'married', 'exit_date']],
  ] as const) {
    let t = db.schema
      .createTable(table)
      .addColumn('region_code', 'text', (c) => c.notNull())
      .addColumn(birth, 'text', (c) => c.notNull())
      .addColumn('married', 'integer', (c) => c.notNull())
      .addColumn('exit_date', 'text', (c) => c.notNull());
    for (const c of COUNT_COLUMNS) t = t.addColumn(c, bigint, (col) => col.notNull());
    await t
      .addPrimaryKeyConstraint(`${table}_pk`, [...key])
      .$call(clustered)
      .execute();
  }
  await rebuildCounters(db as Kysely<Database>, store);
}
