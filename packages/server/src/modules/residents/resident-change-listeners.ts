import type { Kysely } from 'kysely';
import type { EngineStore } from '../../db/engine/engine-store';
import type { Database, ResidentRow } from '../../db/schema';
import type { ResidentData } from './resident-row';
import type { WriteMeta } from './resident-write.types';

/**
 * The columns other modules react to: the print and life statuses (a suket superseded or revoked) and what
 * decides whether a suket's holder is wajib KTP on a day (the suket counters' covering figure).
 */
export const WATCHED_COLUMNS = [
  'print_status',
  'life_status',
  'life_status_date',
  'birth_date',
  'marital_status',
  'citizenship',
  'stay_permit',
] as const satisfies readonly (keyof ResidentData)[];

export type WatchedFacts = Pick<ResidentRow, (typeof WATCHED_COLUMNS)[number]>;

/** One stored resident the write path changed in a watched column, before and after. */
export interface ResidentChange {
  residentId: number;
  before: WatchedFacts;
  after: WatchedFacts;
}

/** The watched columns of a stored row or a state about to be stored. */
export function watchedFacts(r: WatchedFacts): WatchedFacts {
  return {
    print_status: r.print_status,
    life_status: r.life_status,
    life_status_date: r.life_status_date,
    birth_date: r.birth_date,
    marital_status: r.marital_status,
    citizenship: r.citizenship,
    stay_permit: r.stay_permit,
  };
}

export type ResidentChangeListener = (
  trx: Kysely<Database>,
  store: EngineStore,
  changes: readonly ResidentChange[],
  meta: WriteMeta,
) => Promise<void>;

/**
 * Modules that must follow a resident's change in the same transaction (a suket superseded when the card is
 * printed, revoked when the person dies) register here; the write path calls them after its updates, so the
 * residents module needs to know nothing about them and no change can skip them.
 */
const listeners = new Set<ResidentChangeListener>();

export function onResidentChanges(listener: ResidentChangeListener): void {
  listeners.add(listener);
}

export async function notifyResidentChanges(
  trx: Kysely<Database>,
  store: EngineStore,
  changes: readonly ResidentChange[],
  meta: WriteMeta,
): Promise<void> {
  if (changes.length === 0) return;
  for (const l of listeners) await l(trx, store, changes, meta);
}
