import { officeToday } from '@sigap/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/schema';

/** A point in Bandar Lampung with `counters` counters, written straight to the table. */
export async function insertPoint(db: Kysely<Database>, name: string, counters = 3): Promise<number> {
  const now = new Date().toISOString();
  const row = await db
    .insertInto('service_points')
    .values({
      region_code: '18.71.01',
      name,
      kind: 'upt',
      address: 'Jl. Uji Tampilan',
      counters,
      services: JSON.stringify({ recording: 15 }),
      hours: JSON.stringify({ '1': { open: '08:00', close: '15:00' } }),
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

let serial = 0;

/**
 * A ticket of today at the point, as the queue writes it: the row, and for a called one its `called` event
 * (in one transaction, as the queue's command would). Returns the ticket id and the event id.
 */
export async function insertTicket(
  db: Kysely<Database>,
  pointId: number,
  t: {
    status: 'waiting' | 'called' | 'serving' | 'done';
    counter?: number;
    lane?: 'booked' | 'priority' | 'walk_in';
    issuedAt?: string;
    calledAt?: string;
    finishedAt?: string;
    date?: string;
    event?: 'called' | 'recalled';
  },
): Promise<{ ticketId: number; eventId: number; label: string }> {
  const number = ++serial + 20;
  const prefix = t.lane === 'priority' ? 'P' : t.lane === 'walk_in' ? 'B' : 'A';
  const label = `${prefix}-${String(number).padStart(3, '0')}`;
  const now = new Date().toISOString();
  return db.transaction().execute(async (trx) => {
    const ticket = await trx
      .insertInto('queue_tickets')
      .values({
        service_point_id: pointId,
        region_code: '18.71.01',
        date: t.date ?? officeToday('18.71.01'),
        lane: t.lane ?? 'booked',
        prefix,
        number,
        label,
        service: 'recording',
        status: t.status,
        counter_no: t.counter ?? null,
        issued_at: t.issuedAt ?? now,
        called_at: t.status === 'waiting' ? null : (t.calledAt ?? now),
        finished_at: t.status === 'done' ? (t.finishedAt ?? now) : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    let eventId = 0;
    if (t.status !== 'waiting') {
      const ev = await trx
        .insertInto('queue_ticket_events')
        .values({
          ticket_id: ticket.id,
          event: t.event ?? 'called',
          counter_no: t.counter ?? null,
          actor_id: null,
          details: null,
          at: t.calledAt ?? now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      eventId = ev.id;
    }
    return { ticketId: ticket.id, eventId, label };
  });
}

export interface SseEvent {
  event: string;
  id: string | undefined;
  data: unknown;
}

/** An open event stream read with fetch, as an EventSource would: `next()` waits for a matching event. */
export async function openEvents(url: string, headers: Record<string, string> = {}) {
  const abort = new AbortController();
  const res = await fetch(url, { signal: abort.signal, headers });
  if (!res.body) throw new Error('no body');
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  const seen: SseEvent[] = [];
  let buffer = '';
  const pump = async () => {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let cut = buffer.indexOf('\n\n');
      while (cut >= 0) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        const field = (name: string) =>
          block
            .split('\n')
            .find((l) => l.startsWith(`${name}: `))
            ?.slice(name.length + 2);
        const data = field('data');
        if (data !== undefined) {
          seen.push({ event: field('event') ?? 'message', id: field('id'), data: JSON.parse(data) });
        }
        cut = buffer.indexOf('\n\n');
      }
    }
  };
  const pumping = pump().catch(() => {});
  let taken = 0;
  return {
    status: res.status,
    contentType: res.headers.get('content-type'),
    /** The next event (after those already taken) that satisfies `match`, within `ms`. */
    async next(match: (e: SseEvent) => boolean, ms = 5_000): Promise<SseEvent> {
      const until = Date.now() + ms;
      for (;;) {
        const i = seen.findIndex((e, k) => k >= taken && match(e));
        if (i >= 0) {
          taken = i + 1;
          return seen[i] as SseEvent;
        }
        if (Date.now() > until)
          throw new Error(`no matching event in ${ms} ms; seen ${JSON.stringify(seen)}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    async close() {
      abort.abort();
      await pumping;
    },
  };
}
