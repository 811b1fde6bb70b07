import { EventEmitter } from 'node:events';

/**
 * A listener of a change channel. `null` means "messages may have been lost" (the PostgreSQL listener
 * reconnected): the listener should re-read what it shows instead of waiting for the next change.
 */
export type ChangeListener = (payload: string | null) => void;

/**
 * Short messages that a committed change happened (the display's "point 7 changed"), delivered to every
 * Sigap process on the database: in-process on SQLite (one server), PostgreSQL LISTEN/NOTIFY on a
 * connection of its own otherwise, so a change committed through instance A reaches listeners on B.
 * Payloads say what changed, not the new state: each listener reads that from its own database handle.
 */
export interface ChangeFeed {
  /** Sends `payload` (at most a few hundred bytes; NOTIFY caps it at 8000) to every listener of `channel`. */
  publish(channel: string, payload: string): Promise<void>;
  /** Listens until the returned function is called; the first listener opens the feed's connection. */
  subscribe(channel: string, listener: ChangeListener): Promise<() => Promise<void>>;
  /** Ends every subscription and the feed's connection (the handle's close calls it). */
  close(): Promise<void>;
}

/** SQLite: one process writes, so an event emitter of the handle is the whole feed. */
export function createInProcessFeed(): ChangeFeed {
  const emitter = new EventEmitter();
  // Every open display listens: many listeners on one channel are expected, not a leak.
  emitter.setMaxListeners(0);
  return {
    async publish(channel, payload) {
      // Delivered after the caller's turn, as a NOTIFY would be: a listener never runs inside the publisher.
      setImmediate(() => emitter.emit(channel, payload));
    },
    async subscribe(channel, listener) {
      emitter.on(channel, listener);
      return async () => {
        emitter.off(channel, listener);
      };
    },
    async close() {
      emitter.removeAllListeners();
    },
  };
}
