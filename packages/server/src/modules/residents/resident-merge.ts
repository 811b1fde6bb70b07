import { isWithinScope } from '@sigap/domain';
import type { ResidentBulk } from '../../db/engine/engine-store';
import { counterEntryOf, stagedCounterKey } from '../counters';
import { recordToData } from './resident-row';
import { writeRefusals } from './resident-write.guards';
import type { MergeRow, ResidentWrite, WriteMeta } from './resident-write.types';

/** Sources whose refusals depend on more than the new state (a hand change, a death, its annulment). */
const JUDGED_SOURCES = new Set<WriteMeta['source']>(['manual', 'death', 'death_annulment']);

export interface MergeResult {
  /** The writes the row-by-row path must still apply, in their order. */
  rest: ResidentWrite[];
  inserted: number;
  unchanged: number;
}

/**
 * The part of a batch the engine can write set-based (PostgreSQL; `store.merge`), before the row-by-row
 * path takes the rest. A full record qualifies when nothing about it needs the stored row to be judged:
 * its NIK appears once in the batch, its village is in the scope, and its state breaks no rule on its own
 * (then it adds no violation to any stored state either, and a new resident is refused exactly for the
 * violations of its state). The engine then counts the ones equal to the stored rows, inserts the new ones
 * with history and counters, and hands back the NIKs stored with other data: those, and every write that
 * did not qualify, go through the row-by-row path as before, so the guarantees are the same. Writes that
 * audit each resident keep the row-by-row path, which knows each inserted id.
 */
export async function mergeWhatNeedsNoJudgement(
  store: ResidentBulk,
  writes: readonly ResidentWrite[],
  meta: WriteMeta,
  now: string,
): Promise<MergeResult> {
  const none = { rest: [...writes], inserted: 0, unchanged: 0 };
  if (!store.merge || meta.audit !== 'batch' || JUDGED_SOURCES.has(meta.source)) return none;
  const seen = new Map<string, number>();
  for (const w of writes) {
    const nik = w.kind === 'upsert' ? w.record.nik : w.nik;
    seen.set(nik, (seen.get(nik) ?? 0) + 1);
  }
  const rows: MergeRow[] = [];
  const merged = new Set<ResidentWrite>();
  for (const w of writes) {
    if (w.kind !== 'upsert' || seen.get(w.record.nik) !== 1) continue;
    if (!isWithinScope(meta.scope, w.record.villageCode)) continue;
    const data = recordToData(w.record, w.qualityFlags);
    data.import_digest = w.digest ?? null;
    if (writeRefusals(undefined, data, meta, undefined).length > 0) continue;
    rows.push({ data, counter: stagedCounterKey(counterEntryOf(data)) });
    merged.add(w);
  }
  if (rows.length === 0) return none;
  const outcome = await store.merge(rows, {
    now,
    source: meta.source,
    userId: meta.actor?.id ?? null,
    importJobId: meta.importJobId ?? null,
  });
  const differing = new Set(outcome.differing);
  return {
    rest: writes.filter((w) => !merged.has(w) || (w.kind === 'upsert' && differing.has(w.record.nik))),
    inserted: outcome.inserted,
    unchanged: outcome.unchanged,
  };
}
