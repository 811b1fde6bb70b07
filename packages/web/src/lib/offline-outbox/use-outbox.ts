import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { api } from '../api';
import { Outbox, type QueueLock } from './outbox';
import type { NewOutboxItem, OutboxItem, OutboxState } from './outbox-item';
import { indexedDbStore } from './outbox-store';

const FLUSH_EVERY_MS = 15_000;

/** Web Locks keep two tabs of the same page from sending one queue at once; without them, keys still dedupe. */
const webLock: QueueLock = async (name, work) => {
  if (typeof navigator === 'undefined' || !navigator.locks) return work();
  await navigator.locks.request(name, { ifAvailable: true }, async (held) => {
    if (held) await work();
  });
};

const boxes = new Map<string, Outbox>();

/** One Outbox per queue per page, shared by every component that shows or feeds it. */
export function outboxFor(queue: string): Outbox {
  let box = boxes.get(queue);
  if (!box) {
    box = new Outbox(queue, {
      store: indexedDbStore(),
      lock: webLock,
      transport: (item, signal) => api.send(item.method, item.url, item.body, item.id, signal),
    });
    boxes.set(queue, box);
  }
  return box;
}

function subscribeOnline(listener: () => void): () => void {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

export interface OutboxView {
  items: OutboxItem[];
  counts: Record<OutboxState, number>;
  /** The browser's own idea of the connection; the outbox still tries on a timer since it can be wrong. */
  online: boolean;
  /** False until the stored items have been read once (show "loading", not "nothing waiting"). */
  loaded: boolean;
  enqueue: (item: NewOutboxItem) => Promise<OutboxItem>;
  flush: () => Promise<void>;
  retry: (id: string) => Promise<void>;
  discard: (id: string) => Promise<boolean>;
}

/**
 * A page's view of one outbox: the items with their states, kept current, and sending when the connection
 * comes back, every 15 seconds, and right after each new item.
 */
export function useOutbox(queue: string): OutboxView {
  const box = useMemo(() => outboxFor(queue), [queue]);
  const [items, setItems] = useState<OutboxItem[]>([]);
  const [loaded, setLoaded] = useState(false);
  const online = useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );

  useEffect(() => {
    let live = true;
    const reload = () =>
      box.items().then((next) => {
        if (!live) return;
        setItems(next);
        setLoaded(true);
      });
    const unsubscribe = box.subscribe(() => void reload());
    void reload().then(() => box.flush());
    const timer = window.setInterval(() => void box.flush(), FLUSH_EVERY_MS);
    const onOnline = () => void box.flush();
    window.addEventListener('online', onOnline);
    return () => {
      live = false;
      unsubscribe();
      window.clearInterval(timer);
      window.removeEventListener('online', onOnline);
    };
  }, [box]);

  const enqueue = useCallback(
    async (input: NewOutboxItem) => {
      const item = await box.enqueue(input);
      void box.flush();
      return item;
    },
    [box],
  );

  const counts = useMemo(() => {
    const out: Record<OutboxState, number> = { waiting: 0, sending: 0, synced: 0, attention: 0 };
    for (const item of items) out[item.state] += 1;
    return out;
  }, [items]);

  return {
    items,
    counts,
    online,
    loaded,
    enqueue,
    flush: () => box.flush(),
    retry: (id) => box.retry(id),
    discard: (id) => box.discard(id),
  };
}
