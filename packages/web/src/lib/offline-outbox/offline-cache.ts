import { createStore, del, get, set } from 'idb-keyval';

/**
 * Data a page needs offline (a visit pack, a cemetery's recent entries), kept in IndexedDB with the time it
 * was saved so the page can say how old its copy is.
 */
const store = (() => {
  let opened: ReturnType<typeof createStore> | undefined;
  return () => {
    opened ??= createStore('sigap-offline', 'data');
    return opened;
  };
})();

export interface Saved<T> {
  value: T;
  savedAt: string;
}

export async function saveOffline<T>(key: string, value: T): Promise<void> {
  await set(key, { value, savedAt: new Date().toISOString() } satisfies Saved<T>, store());
}

export function loadOffline<T>(key: string): Promise<Saved<T> | undefined> {
  return get<Saved<T>>(key, store());
}

export function forgetOffline(key: string): Promise<void> {
  return del(key, store());
}
