import { onResidentChanges, type ResidentChangeListener } from '../residents';
import { endSuketInTrx } from './sukets.commands';
import { activeSuketsOf } from './sukets.repository';

/**
 * The registry drives a suket's life: in the resident write path's own transaction, a printed card
 * supersedes the holder's active suket and a death revokes it. Expiry needs no job: it is computed on read
 * from the validity end (storedSuketReason), so no suket can verify as valid past its end.
 */
const followResidents: ResidentChangeListener = async (trx, store, changes, meta) => {
  const ending = new Map<number, 'superseded' | 'deceased'>();
  for (const c of changes) {
    if (c.after.lifeStatus === 'DECEASED' && c.before.lifeStatus !== 'DECEASED')
      ending.set(c.residentId, 'deceased');
    else if (c.before.printStatus === 'NOT_PRINTED' && c.after.printStatus !== 'NOT_PRINTED')
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
