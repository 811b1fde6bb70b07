import type { DisplayBoard, DisplayCall, DisplayCounter } from '@sigap/contracts';
import { officeToday } from '@sigap/domain';
import type { Db } from '../../db/connect';
import { displayErrors } from './display.errors';
import {
  activeTicketRows,
  type CallEventRow,
  callEventRows,
  type DisplayPointRow,
  findDisplayPoint,
  lastEventId,
  waitingByLane,
} from './display.repository';

/** Calls the board lists under the counters. */
const LAST_CALLS = 6;
/** A reconnecting display replays at most this many missed calls, and none older than REPLAY_MINUTES. */
const REPLAY_LIMIT = 10;
const REPLAY_MINUTES = 5;

export async function getDisplayPoint(handle: Db, pointId: number): Promise<DisplayPointRow> {
  const point = await findDisplayPoint(handle.db, pointId);
  if (!point) throw displayErrors.pointNotFound(pointId);
  return point;
}

function toCall(r: CallEventRow): DisplayCall {
  return {
    id: Number(r.id),
    label: r.label,
    counter: Number(r.counter ?? 0),
    recall: r.event === 'recalled',
    at: r.at,
  };
}

/** The board of a point's office day: each counter's ticket, the last calls, who waits in which lane. */
export async function buildBoard(
  handle: Db,
  point: DisplayPointRow,
  now = new Date(),
): Promise<DisplayBoard> {
  const date = officeToday(point.region_code, now);
  const counters: DisplayCounter[] = Array.from({ length: Number(point.counters) }, (_, i) => ({
    counter: i + 1,
    label: null,
    status: null,
    service: null,
  }));
  for (const t of await activeTicketRows(handle.db, point.id, date)) {
    const c = counters[Number(t.counter_no) - 1];
    // A counter number above the point's count (the point shrank today) is shown on no tile.
    if (!c || (t.status !== 'called' && t.status !== 'serving')) continue;
    Object.assign(c, { label: t.label, status: t.status, service: t.service });
  }
  const waiting = { booked: 0, priority: 0, walk_in: 0 };
  for (const w of await waitingByLane(handle.db, point.id, date)) waiting[w.lane] = Number(w.n);
  return {
    point: { id: point.id, name: point.name },
    date,
    counters,
    lastCalls: (await callEventRows(handle.db, point.id, date, LAST_CALLS)).map(toCall),
    waiting,
    eventId: await lastEventId(handle.db, point.id, date),
    generatedAt: now.toISOString(),
  };
}

/**
 * Calls after event `afterId`, oldest first, for the voice: a display that was offline a moment hears what
 * it missed, one that was off for an hour does not read out a backlog (REPLAY_LIMIT, REPLAY_MINUTES).
 */
export async function callsAfter(
  handle: Db,
  point: DisplayPointRow,
  afterId: number,
  now = new Date(),
): Promise<DisplayCall[]> {
  const date = officeToday(point.region_code, now);
  const since = new Date(now.getTime() - REPLAY_MINUTES * 60_000).toISOString();
  const rows = await callEventRows(handle.db, point.id, date, REPLAY_LIMIT, afterId);
  return rows
    .filter((r) => r.at >= since)
    .reverse()
    .map(toCall);
}
