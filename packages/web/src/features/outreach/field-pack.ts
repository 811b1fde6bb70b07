import type { VisitPack } from '@sigap/contracts';
import { useEffect, useState } from 'react';
import { api } from '../../lib/api';
import { newIdempotencyKey } from '../../lib/idempotency-key';
import { loadOffline, type Saved, saveOffline } from '../../lib/offline-outbox';
import { packPath } from './outreach.api';

/**
 * The visit pack: the stored copy at once (so the page works without a signal), then the server's when
 * it answers, saved again for the next offline reload.
 */
export function useVisitPack(visitId: number): { pack: Saved<VisitPack> | undefined; error: unknown } {
  const [pack, setPack] = useState<Saved<VisitPack>>();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    let live = true;
    const key = `outreach:pack:${visitId}`;
    void loadOffline<VisitPack>(key).then((saved) => {
      if (live && saved) setPack((current) => current ?? saved);
    });
    api.get<VisitPack>(packPath(visitId)).then(
      async (fresh) => {
        await saveOffline(key, fresh);
        if (live) setPack({ value: fresh, savedAt: new Date().toISOString() });
      },
      (e: unknown) => {
        if (live) setError(e);
      },
    );
    return () => {
      live = false;
    };
  }, [visitId]);
  return { pack, error };
}

const DEVICE_KEY = 'sigap.outreach-device';

/** This browser's device id, sent with every action and heartbeat (the supervisor sees it). */
export function deviceId(): string {
  try {
    const known = localStorage.getItem(DEVICE_KEY);
    if (known) return known;
    const made = `hp-${newIdempotencyKey().slice(0, 8)}`;
    localStorage.setItem(DEVICE_KEY, made);
    return made;
  } catch {
    return 'hp-tanpa-penyimpanan';
  }
}
