import type { Db } from '../../db/connect';

/**
 * The live display of a point's queue (issue 12). STUB until the display lands: the queue module calls
 * `announceQueueChange` after every committed change to a point's tickets; the display module pushes the
 * new board to every open display (SSE), across instances through PostgreSQL LISTEN/NOTIFY.
 */
export async function announceQueueChange(
  _handle: Db,
  _pointId: number,
  _change: { kind: 'called' | 'recalled' | 'changed'; ticketId?: number },
): Promise<void> {}
