import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { CounterDeltas } from './counter-deltas';
import { counterEntryOf } from './counter-key';
import { applyCounterDeltas, deleteAllCounters, residentCounterFactsAfter } from './counters.repository';

const PAGE = 5000;

/**
 * Recomputes both counter tables from the residents, a page at a time in id order. Used when the counter
 * layout changes (a migration); normal writes keep the counters exact through the one write path.
 */
export async function rebuildCounters(db: Kysely<Database>): Promise<void> {
  await deleteAllCounters(db);
  let after = 0;
  for (;;) {
    const rows = await residentCounterFactsAfter(db, after, PAGE);
    if (rows.length === 0) return;
    const deltas = new CounterDeltas();
    for (const r of rows) deltas.add(counterEntryOf(r), 1);
    await applyCounterDeltas(db, deltas);
    after = (rows.at(-1) as { id: number }).id;
  }
}
