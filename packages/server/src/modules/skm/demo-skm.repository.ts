import type { Insertable, Kysely } from 'kysely';
import type { Database, QueueTicketsTable } from '../../db/schema';

/** The demo service points (their seed puts "(demo)" in every name), inside a region. */
export async function demoPointRows(db: Kysely<Database>, region: string) {
  return db
    .selectFrom('service_points')
    .select(['id', 'name', 'region_code', 'counters'])
    .where((eb) => eb.or([eb('region_code', '=', region), eb('region_code', 'like', `${region}.%`)]))
    .where('name', 'like', '%(demo)')
    .orderBy('id')
    .execute();
}

export async function countResponses(db: Kysely<Database>, pointIds: number[]): Promise<number> {
  if (pointIds.length === 0) return 0;
  const rows = await db
    .selectFrom('skm_responses')
    .select('id')
    .where('service_point_id', 'in', pointIds)
    .limit(1)
    .execute();
  return rows.length;
}

/** Finished tickets of the points between two dates (the queue's own demo, when it wrote one). */
export async function doneTicketRows(db: Kysely<Database>, pointIds: number[], from: string, to: string) {
  if (pointIds.length === 0) return [];
  return db
    .selectFrom('queue_tickets')
    .select(['id', 'service_point_id', 'region_code', 'service', 'date'])
    .where('service_point_id', 'in', pointIds)
    .where('status', '=', 'done')
    .where('date', '>=', from)
    .where('date', '<=', to)
    .orderBy('id')
    .execute();
}

/**
 * Demo finished tickets with their issued, called and finished events. The queue module owns these tables;
 * the SKM seed writes them only where the queue's seed wrote none (see demo-skm.ts), so the report of
 * waiting and service times has data on a first start either way.
 */
export async function insertDemoTicket(
  db: Kysely<Database>,
  row: Insertable<QueueTicketsTable>,
): Promise<number> {
  const t = await db.insertInto('queue_tickets').values(row).returning('id').executeTakeFirstOrThrow();
  const details = JSON.stringify({ demo: true });
  const events = [
    { event: 'issued', at: row.issued_at, counter_no: null },
    { event: 'called', at: row.called_at ?? row.issued_at, counter_no: row.counter_no ?? null },
    { event: 'finished', at: row.finished_at ?? row.issued_at, counter_no: row.counter_no ?? null },
  ];
  await db
    .insertInto('queue_ticket_events')
    .values(events.map((e) => ({ ticket_id: t.id, actor_id: null, details, ...e })))
    .execute();
  return t.id;
}
