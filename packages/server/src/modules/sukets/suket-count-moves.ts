import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { ResidentChange } from '../residents';
import { SuketCountDeltas } from './suket-count-deltas';
import { type SuketCountFacts, suketCountEvents } from './suket-count-events';
import { applySuketCountDeltas, suketFactsByIds, suketFactsOfResidents } from './suket-counts.repository';

/**
 * The suket counters' part of each write command (docs/counters.md, "Suket counters"): the events of the
 * stored facts replace those of the former facts, in the caller's transaction.
 */

/**
 * Moves the counters of the given sukets to their stored state from a former one: `before` maps the stored
 * facts back to it, or 'none' for a suket just issued (it counted nowhere).
 */
export async function moveSuketCounts(
  trx: Kysely<Database>,
  ids: readonly number[],
  before: ((f: SuketCountFacts) => SuketCountFacts) | 'none',
): Promise<void> {
  const deltas = new SuketCountDeltas();
  for (const f of await suketFactsByIds(trx, ids))
    deltas.move(before === 'none' ? [] : suketCountEvents(before(f)), suketCountEvents(f));
  await applySuketCountDeltas(trx, deltas);
}

/**
 * A holder's change of print status, presence, birth date, marriage or citizenship moves the "covering"
 * events of every suket they hold or held (a past day's figure reads them too), from the holder before the
 * change to the holder as stored now. Their village does not matter: a suket counts in the village it was
 * issued in. One query per chunk of changed residents finds the sukets.
 */
export async function followHolders(
  trx: Kysely<Database>,
  changes: readonly ResidentChange[],
): Promise<void> {
  const before = new Map(changes.map((c) => [c.residentId, c.before]));
  const deltas = new SuketCountDeltas();
  for (const f of await suketFactsOfResidents(trx, [...before.keys()])) {
    const was = before.get(f.residentId);
    if (!was || !f.holder) continue;
    deltas.move(suketCountEvents({ ...f, holder: { ...f.holder, ...was } }), suketCountEvents(f));
  }
  await applySuketCountDeltas(trx, deltas);
}
