import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema';

/** What a board needs of its point (the service points' table, read only). */
export interface DisplayPointRow {
  id: number;
  name: string;
  region_code: string;
  counters: number;
}

export async function findDisplayPoint(
  db: Kysely<Database>,
  id: number,
): Promise<DisplayPointRow | undefined> {
  return db
    .selectFrom('service_points')
    .select(['id', 'name', 'region_code', 'counters'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Tickets of the day a counter has called or is serving, oldest call first (the last one per counter wins). */
export async function activeTicketRows(db: Kysely<Database>, pointId: number, date: string) {
  return db
    .selectFrom('queue_tickets')
    .select(['label', 'counter_no', 'status', 'service', 'called_at'])
    .where('service_point_id', '=', pointId)
    .where('date', '=', date)
    .where('status', 'in', ['called', 'serving'])
    .where('counter_no', 'is not', null)
    .orderBy('called_at')
    .orderBy('id')
    .execute();
}

export async function waitingByLane(db: Kysely<Database>, pointId: number, date: string) {
  return db
    .selectFrom('queue_tickets')
    .select(['lane', sql<number>`count(*)`.as('n')])
    .where('service_point_id', '=', pointId)
    .where('date', '=', date)
    .where('status', '=', 'waiting')
    .groupBy('lane')
    .execute();
}

export interface CallEventRow {
  id: number;
  label: string;
  counter: number | null;
  event: string;
  at: string;
}

/**
 * Calls of the day at a point (the ticket events `called` and `recalled`), newest first: after event
 * `afterId` when given, at most `limit`.
 */
export async function callEventRows(
  db: Kysely<Database>,
  pointId: number,
  date: string,
  limit: number,
  afterId = 0,
): Promise<CallEventRow[]> {
  return db
    .selectFrom('queue_ticket_events as e')
    .innerJoin('queue_tickets as t', 't.id', 'e.ticket_id')
    .select(['e.id', 't.label', 'e.event', 'e.at'])
    .select(sql<number | null>`coalesce(e.counter_no, t.counter_no)`.as('counter'))
    .where('t.service_point_id', '=', pointId)
    .where('t.date', '=', date)
    .where('e.event', 'in', ['called', 'recalled'])
    .where('e.id', '>', afterId)
    .orderBy('e.id', 'desc')
    .limit(limit)
    .execute();
}

/** The newest ticket event of the day at a point (0: none). */
export async function lastEventId(db: Kysely<Database>, pointId: number, date: string): Promise<number> {
  const row = await db
    .selectFrom('queue_ticket_events as e')
    .innerJoin('queue_tickets as t', 't.id', 'e.ticket_id')
    .select(sql<number | null>`max(e.id)`.as('id'))
    .where('t.service_point_id', '=', pointId)
    .where('t.date', '=', date)
    .executeTakeFirst();
  return Number(row?.id ?? 0);
}
