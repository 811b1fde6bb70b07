import type { LifeStatus, PrintStatus } from '@sigap/domain';
import type { Kysely } from 'kysely';
import type { EngineStore } from '../../db/engine/engine-store';
import type { Database } from '../../db/schema';
import type { WriteMeta } from './resident-write.types';

/** One stored resident the write path changed, with the statuses other modules react to. */
export interface ResidentChange {
  residentId: number;
  before: { printStatus: PrintStatus; lifeStatus: LifeStatus };
  after: { printStatus: PrintStatus; lifeStatus: LifeStatus };
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
