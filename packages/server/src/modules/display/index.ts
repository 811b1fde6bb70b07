import type { Db } from '../../db/connect';
import { DISPLAY_CHANNEL } from './display-hub';

/**
 * The live display of a point's queue (issue 12): a public board per point (`GET /api/v1/display/:id`)
 * and its server-sent events, pushed to every open display on every instance (the engine's change feed:
 * PostgreSQL LISTEN/NOTIFY, in-process on SQLite).
 */
export { displayRoutes } from './display.routes';

export interface QueueChange {
  kind: 'called' | 'recalled' | 'changed';
  ticketId?: number;
}

/**
 * Tells every display of the point that its tickets changed. The queue calls it after each committed
 * change (never inside the transaction: a display must not read a change that may still roll back). The
 * notice carries ids only; each instance re-reads the board, and the calls it voices are the ticket events
 * `called` / `recalled`, which the queue writes in the change's own transaction. A failed notice never
 * fails the clerk's committed action: the displays catch up at their next heartbeat.
 */
export async function announceQueueChange(handle: Db, pointId: number, change: QueueChange): Promise<void> {
  try {
    await handle.store.feed.publish(DISPLAY_CHANNEL, JSON.stringify({ pointId, ...change }));
  } catch {
    // See above: the heartbeat re-reads every open board.
  }
}
