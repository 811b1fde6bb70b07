import { onResidentChanges, type ResidentChangeListener } from '../residents';
import { followHolders } from './suket-count-moves';
import { endSuketInTrx } from './sukets.commands';
import { activeSuketsOf } from './sukets.repository';

/**
 * The registry drives a suket's life: in the resident write path's own transaction, a printed card
 * supersedes the holder's active suket and a death revokes it. Expiry needs no job: it is computed on read
 * from the validity end (storedSuketReason), so no suket can verify as valid past its end.
 */
const followResidents: ResidentChangeListener = async (trx, store, changes, meta) => {
  // First the counters follow the holder (the rows as stored, the holder before → after); the endings below
  // then move them from the active row to the ended one with the holder as stored now.
  await followHolders(trx, changes);
  const ending = new Map<number, 'superseded' | 'deceased'>();
  for (const c of changes) {
    if (c.after.life_status === 'DECEASED' && c.before.life_status !== 'DECEASED')
      ending.set(c.residentId, 'deceased');
    else if (c.before.print_status === 'NOT_PRINTED' && c.after.print_status !== 'NOT_PRINTED')
      ending.set(c.residentId, 'superseded');
  }
  if (ending.size === 0) return;
  const by = { actor: meta.actor, ip: meta.ip };
  const now = meta.now ?? new Date();
  for (const s of await activeSuketsOf(trx, [...ending.keys()])) {
    const why = ending.get(Number(s.resident_id));
    const end =
      why === 'deceased'
        ? ({ status: 'revoked', reason: 'deceased', note: null } as const)
        : ({ status: 'superseded' } as const);
    await endSuketInTrx(trx, store, s, end, by, now);
  }
};

/** Registers the listener once (buildApp calls it; registering twice is harmless). */
export function registerSuketLifecycle(): void {
  onResidentChanges(followResidents);
}
