import type { DisplayBoard, DisplayCall } from '@sigap/contracts';
import type { Db } from '../../db/connect';
import type { DisplayPointRow } from './display.repository';
import { buildBoard, callsAfter } from './display.service';

/** The feed channel of queue changes: `{ pointId, kind, ticketId? }`, published after each commit. */
export const DISPLAY_CHANNEL = 'sigap_display';
/**
 * Every open display gets a heartbeat this often (so it can tell it is offline when they stop) and its
 * board is re-read, which also catches a change whose notice was lost and the turn of the day.
 */
const HEARTBEAT_MS = 20_000;

/** One open event stream (an SSE response). */
export interface DisplayStream {
  send(event: 'board' | 'call' | 'heartbeat', data: unknown, id?: number): void;
  end(): void;
}

interface PointWatch {
  point: DisplayPointRow;
  streams: Set<DisplayStream>;
  /** The newest ticket event already sent to this point's streams. */
  cursor: number;
  /** Refreshes of one point run one after another, so calls go out once and in order. */
  chain: Promise<void>;
}

/**
 * The displays open on this instance, by point. It listens to the engine's change feed while any display
 * is open (LISTEN on PostgreSQL, so changes committed through another instance arrive too), re-reads a
 * point's board once per change and sends it, with the new calls, to each of that point's streams.
 */
export class DisplayHub {
  private readonly watches = new Map<number, PointWatch>();
  private unsubscribe: Promise<() => Promise<void>> | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly handle: Db) {}

  /** Opens a stream: the calls missed since `lastEventId` (a reconnect), then the current board. */
  async attach(
    stream: DisplayStream,
    point: DisplayPointRow,
    lastEventId: number | undefined,
  ): Promise<void> {
    if (!this.unsubscribe) {
      const subscribing = this.handle.store.feed.subscribe(DISPLAY_CHANNEL, (p) => this.onNotice(p));
      this.unsubscribe = subscribing;
      // Not listening (the database refused the LISTEN connection): the next display to open tries again.
      subscribing.catch(() => {
        if (this.unsubscribe === subscribing) this.unsubscribe = undefined;
      });
    }
    this.timer ??= setInterval(() => this.beat(), HEARTBEAT_MS);
    // Without the feed the stream still opens: the heartbeat re-reads its board every 20 s.
    await this.unsubscribe?.catch(() => undefined);
    let watch = this.watches.get(point.id);
    if (!watch) {
      watch = { point, streams: new Set(), cursor: -1, chain: Promise.resolve() };
      this.watches.set(point.id, watch);
    }
    const w = watch;
    await this.serialise(w, async () => {
      w.streams.add(stream);
      if (lastEventId !== undefined) {
        for (const c of await callsAfter(this.handle, w.point, lastEventId)) stream.send('call', c, c.id);
      }
      const board = await buildBoard(this.handle, w.point);
      if (w.cursor < 0) w.cursor = board.eventId;
      stream.send('board', board, board.eventId);
    });
  }

  /** Streams open on this instance, all points together. */
  get size(): number {
    let n = 0;
    for (const w of this.watches.values()) n += w.streams.size;
    return n;
  }

  detach(stream: DisplayStream): void {
    for (const [id, w] of this.watches) {
      if (w.streams.delete(stream) && w.streams.size === 0) this.watches.delete(id);
    }
  }

  /** Ends every stream and stops listening (the app is closing). */
  async close(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    for (const w of this.watches.values()) for (const s of w.streams) s.end();
    this.watches.clear();
    const unsubscribe = this.unsubscribe;
    this.unsubscribe = undefined;
    if (unsubscribe) await unsubscribe.then((stop) => stop()).catch(() => undefined);
  }

  private onNotice(payload: string | null): void {
    // null: the listener reconnected and may have missed notices; every open point is re-read.
    const pointId = payload === null ? undefined : parsePointId(payload);
    for (const w of this.watches.values()) {
      if (pointId === undefined || w.point.id === pointId) void this.refresh(w);
    }
  }

  private beat(): void {
    for (const w of this.watches.values()) {
      for (const s of w.streams) s.send('heartbeat', { at: new Date().toISOString() });
      void this.refresh(w);
    }
  }

  private refresh(w: PointWatch): Promise<void> {
    return this.serialise(w, async () => {
      const calls: DisplayCall[] = await callsAfter(this.handle, w.point, w.cursor);
      const board: DisplayBoard = await buildBoard(this.handle, w.point);
      w.cursor = Math.max(w.cursor, board.eventId);
      for (const s of w.streams) {
        for (const c of calls) s.send('call', c, c.id);
        s.send('board', board, board.eventId);
      }
    });
  }

  private serialise(w: PointWatch, step: () => Promise<void>): Promise<void> {
    // A failed read (the database restarting) skips one update; the next notice or heartbeat catches up.
    w.chain = w.chain.then(step).catch(() => {});
    return w.chain;
  }
}

function parsePointId(payload: string): number | undefined {
  try {
    const v = (JSON.parse(payload) as { pointId?: unknown }).pointId;
    return typeof v === 'number' ? v : undefined;
  } catch {
    return undefined;
  }
}
