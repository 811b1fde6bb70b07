import type { Kysely } from 'kysely';
import type { EngineStore } from '../../db/engine/engine-store';
import type { Database } from '../../db/schema';
import { CounterDeltas } from './counter-deltas';
import { counterEntryOf } from './counter-key';
import { deleteAllCounters, residentCounterFactsAfter } from './counters.repository';

const PAGE = 5000;

/**
 * Recomputes both counter tables from the residents, a page at a time in id order. Used when the counter
 * layout changes (a migration); normal writes keep the counters exact through the one write path. Runs in
 * one transaction: the migration's own on PostgreSQL, one of its own on SQLite (whose migrations run outside
 * one), which the store's bulk path needs.
 */
export async function rebuildCounters(db: Kysely<Database>, store: EngineStore): Promise<void> {
  if (db.isTransaction) await rebuild(db, store);
  else await db.transaction().execute((trx) => rebuild(trx, store));
}

async function rebuild(db: Kysely<Database>, store: EngineStore): Promise<void> {
  await deleteAllCounters(db);
  let after = 0;
  for (;;) {
    const rows = await residentCounterFactsAfter(db, after, PAGE);
    if (rows.length === 0) return;
    const deltas = new CounterDeltas();
    for (const r of rows) deltas.add(counterEntryOf(r), 1);
    await store.applyCounterDeltas(db, deltas);
    after = (rows.at(-1) as { id: number }).id;
  }
}
