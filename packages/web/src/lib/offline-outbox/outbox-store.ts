import { createStore, del, get, set, values } from 'idb-keyval';
import type { OutboxItem } from './outbox-item';

/** Where items live. IndexedDB in the browser; a Map in the unit tests (the sender logic is the same). */
export interface OutboxStore {
  list(queue: string): Promise<OutboxItem[]>;
  get(id: string): Promise<OutboxItem | undefined>;
  put(item: OutboxItem): Promise<void>;
  remove(id: string): Promise<void>;
}

function byCreation(a: OutboxItem, b: OutboxItem): number {
  return a.createdAt === b.createdAt ? a.id.localeCompare(b.id) : a.createdAt.localeCompare(b.createdAt);
}

/**
 * IndexedDB through idb-keyval: one object store, keyed by item id. A put resolves only once the
 * transaction has committed, which is what lets `enqueue` promise the item survives a reload or a crash.
 */
export function indexedDbStore(): OutboxStore {
  const store = createStore('sigap-outbox', 'items');
  return {
    async list(queue) {
      const all = await values<OutboxItem>(store);
      return all.filter((item) => item.queue === queue).sort(byCreation);
    },
    get: (id) => get<OutboxItem>(id, store),
    put: (item) => set(item.id, item, store),
    remove: (id) => del(id, store),
  };
}

export function memoryStore(): OutboxStore {
  const items = new Map<string, OutboxItem>();
  return {
    async list(queue) {
      return [...items.values()].filter((item) => item.queue === queue).sort(byCreation);
    },
    async get(id) {
      const item = items.get(id);
      return item ? structuredClone(item) : undefined;
    },
    async put(item) {
      items.set(item.id, structuredClone(item));
    },
    async remove(id) {
      items.delete(id);
    },
  };
}
