import { type Insertable, type Kysely, sql } from 'kysely';
import type { Database, SkmResponsesTable } from '../../db/schema';

export async function findLinkKey(db: Kysely<Database>): Promise<string | undefined> {
  const row = await db.selectFrom('skm_link_keys').select('secret').where('id', '=', 1).executeTakeFirst();
  return row?.secret;
}

/** A ticket with its point, for the survey form: never the resident's name, NIK or phone. */
export async function findSurveyTicket(db: Kysely<Database>, ticketId: number) {
  return db
    .selectFrom('queue_tickets as t')
    .innerJoin('service_points as p', 'p.id', 't.service_point_id')
    .select([
      't.id',
      't.status',
      't.service',
      't.date',
      't.finished_at',
      't.region_code',
      't.service_point_id',
      'p.name as point_name',
    ])
    .where('t.id', '=', ticketId)
    .executeTakeFirst();
}

export async function ticketAnswered(db: Kysely<Database>, ticketId: number): Promise<boolean> {
  const row = await db
    .selectFrom('skm_responses')
    .select('id')
    .where('ticket_id', '=', ticketId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function findKioskPoint(db: Kysely<Database>, id: number) {
  return db
    .selectFrom('service_points')
    .select(['id', 'name', 'region_code', 'active'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/**
 * Stores an answer sheet; a second sheet for the same ticket writes nothing (the unique index on
 * `ticket_id`) and answers undefined, so two racing submissions of one link store one.
 */
export async function insertResponse(
  db: Kysely<Database>,
  row: Insertable<SkmResponsesTable>,
): Promise<number | undefined> {
  const r = await db
    .insertInto('skm_responses')
    .values(row)
    .onConflict((oc) => oc.column('ticket_id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return r?.id;
}

/** The region itself or anything below it; `ID` is everything. */
function inRegion(region: string, column: string) {
  return region === 'ID'
    ? sql<boolean>`1 = 1`
    : sql<boolean>`(${sql.ref(column)} = ${region} or ${sql.ref(column)} like ${`${region}.%`})`;
}

/** Answer sheets of the points inside a region between two dates (inclusive), by point then day. */
export async function listResponses(db: Kysely<Database>, region: string, from: string, to: string) {
  return db
    .selectFrom('skm_responses as r')
    .innerJoin('service_points as p', 'p.id', 'r.service_point_id')
    .select([
      'r.id',
      'r.service_point_id',
      'p.name as point_name',
      'p.region_code',
      'r.channel',
      'r.service',
      'r.answers',
      'r.comment',
      'r.answered_on',
    ])
    .where(inRegion(region, 'p.region_code'))
    .where('r.answered_on', '>=', from)
    .where('r.answered_on', '<=', to)
    .orderBy('p.region_code')
    .orderBy('p.name')
    .orderBy('r.answered_on')
    .orderBy('r.id')
    .execute();
}

/**
 * Finished tickets of the points inside a region between two dates, with when their wait began (the
 * check-in event when there is one, else the issue) and when they were called and finished.
 */
export async function listFinishedTickets(db: Kysely<Database>, region: string, from: string, to: string) {
  return db
    .selectFrom('queue_tickets as t')
    .innerJoin('service_points as p', 'p.id', 't.service_point_id')
    .select([
      't.service_point_id',
      'p.name as point_name',
      't.counter_no',
      't.service',
      't.issued_at',
      't.called_at',
      't.finished_at',
    ])
    .select((eb) =>
      eb
        .selectFrom('queue_ticket_events as e')
        .select(sql<string | null>`min(e.at)`.as('m'))
        .whereRef('e.ticket_id', '=', 't.id')
        .where('e.event', '=', 'checked_in')
        .as('checked_in_at'),
    )
    .where(inRegion(region, 'p.region_code'))
    .where('t.status', '=', 'done')
    .where('t.date', '>=', from)
    .where('t.date', '<=', to)
    .where('t.called_at', 'is not', null)
    .orderBy('p.name')
    .execute();
}
