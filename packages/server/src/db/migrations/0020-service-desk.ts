import { type Kysely, sql } from 'kysely';
import { dateType, timestampType, withIdColumn } from '../column-types';
import type { Engine } from '../connect';

/**
 * Service at the office (issue 12), the tables every part of the desk shares:
 * - `booking_slots`: one row per point, service, date and slot start, with its capacity and the seats
 *   taken. A booking takes a seat by `update … set taken = taken + 1 where taken < capacity`, a single
 *   guarded statement that both engines serialise on the row, so no two servers can oversell a slot;
 * - `bookings` and `booking_events` (its history): online bookings and invitations from the registry;
 *   one active booking (held or confirmed) per NIK and service, by a partial unique index;
 * - `queue_sequences`: the last number handed out per point, date and prefix (A booked, P priority,
 *   B walk-in), bumped by the same guarded-update idea;
 * - `queue_tickets` and `queue_ticket_events`: the day's tickets at a point and everything done to them;
 * - `ikd_activations`: one per resident (date, point, officer), feeding the IKD figures;
 * - `skm_responses`: raw answers of the satisfaction survey (nine elements, 1–4), at most one per ticket.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const ts = timestampType(engine);
  const day = dateType(engine);

  await withIdColumn(db.schema.createTable('booking_slots'), engine)
    .addColumn('service_point_id', 'bigint', (c) => c.notNull())
    .addColumn('service', 'text', (c) => c.notNull())
    .addColumn('date', day, (c) => c.notNull())
    .addColumn('slot_start', 'text', (c) => c.notNull())
    .addColumn('slot_end', 'text', (c) => c.notNull())
    .addColumn('capacity', 'integer', (c) => c.notNull())
    .addColumn('taken', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('booking_slots_key')
    .on('booking_slots')
    .columns(['service_point_id', 'service', 'date', 'slot_start'])
    .unique()
    .execute();

  await withIdColumn(db.schema.createTable('bookings'), engine)
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('service_point_id', 'bigint', (c) => c.notNull())
    /** The point's region: lists filter by the officer's scope with a prefix. */
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('service', 'text', (c) => c.notNull())
    .addColumn('date', day, (c) => c.notNull())
    .addColumn('slot_start', 'text', (c) => c.notNull())
    .addColumn('slot_end', 'text', (c) => c.notNull())
    .addColumn('nik', 'text', (c) => c.notNull())
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    /** held | confirmed | checked_in | served | no_show | cancelled | expired */
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('hold_expires_at', ts)
    /** The queue number of the booked lane (A-…) on its date, given when the booking is confirmed. */
    .addColumn('queue_number', 'integer')
    .addColumn('reschedule_count', 'integer', (c) => c.notNull().defaultTo(0))
    /** online | invitation */
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('batch_id', 'bigint')
    .addColumn('reminded_at', ts)
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
  await sql`create unique index bookings_one_active on bookings (nik, service) where status in ('held', 'confirmed')`.execute(
    db,
  );
  await db.schema
    .createIndex('bookings_point_date')
    .on('bookings')
    .columns(['service_point_id', 'date', 'slot_start'])
    .execute();
  await db.schema.createIndex('bookings_region').on('bookings').column('region_code').execute();

  await withIdColumn(db.schema.createTable('booking_events'), engine)
    .addColumn('booking_id', 'bigint', (c) => c.notNull())
    /** held | confirmed | cancelled | rescheduled | checked_in | served | no_show | expired | reminded */
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'bigint')
    /** JSON: what changed (old and new slot on a reschedule, …). */
    .addColumn('details', 'text')
    .addColumn('at', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('booking_events_booking').on('booking_events').column('booking_id').execute();

  await withIdColumn(db.schema.createTable('queue_sequences'), engine)
    .addColumn('service_point_id', 'bigint', (c) => c.notNull())
    .addColumn('date', day, (c) => c.notNull())
    .addColumn('prefix', 'text', (c) => c.notNull())
    .addColumn('last_number', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('queue_sequences_key')
    .on('queue_sequences')
    .columns(['service_point_id', 'date', 'prefix'])
    .unique()
    .execute();

  await withIdColumn(db.schema.createTable('queue_tickets'), engine)
    .addColumn('service_point_id', 'bigint', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('date', day, (c) => c.notNull())
    /** booked | priority | walk_in */
    .addColumn('lane', 'text', (c) => c.notNull())
    .addColumn('prefix', 'text', (c) => c.notNull())
    .addColumn('number', 'integer', (c) => c.notNull())
    /** "A-023": what the display shows and the voice says. */
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('service', 'text', (c) => c.notNull())
    .addColumn('booking_id', 'bigint')
    .addColumn('nik', 'text')
    .addColumn('full_name', 'text')
    .addColumn('phone', 'text')
    /** elderly | disabled | pregnant | sick (priority lane only) */
    .addColumn('priority_reason', 'text')
    /** The booked slot's window (booked lane only). */
    .addColumn('window_start', 'text')
    .addColumn('window_end', 'text')
    /** waiting | called | serving | done | no_show | cancelled */
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('counter_no', 'integer')
    .addColumn('recalls', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('outcome', 'text')
    .addColumn('issued_by', 'bigint')
    .addColumn('issued_at', ts, (c) => c.notNull())
    .addColumn('called_at', ts)
    .addColumn('served_at', ts)
    .addColumn('finished_at', ts)
    .addColumn('served_by', 'bigint')
    .execute();
  await db.schema
    .createIndex('queue_tickets_number')
    .on('queue_tickets')
    .columns(['service_point_id', 'date', 'prefix', 'number'])
    .unique()
    .execute();
  await db.schema
    .createIndex('queue_tickets_point_status')
    .on('queue_tickets')
    .columns(['service_point_id', 'date', 'status'])
    .execute();
  await db.schema.createIndex('queue_tickets_region').on('queue_tickets').column('region_code').execute();

  await withIdColumn(db.schema.createTable('queue_ticket_events'), engine)
    .addColumn('ticket_id', 'bigint', (c) => c.notNull())
    /** issued | checked_in | called | recalled | started | no_show | requeued | transferred | finished | cancelled */
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('counter_no', 'integer')
    .addColumn('actor_id', 'bigint')
    .addColumn('details', 'text')
    .addColumn('at', ts, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('queue_ticket_events_ticket')
    .on('queue_ticket_events')
    .column('ticket_id')
    .execute();

  await withIdColumn(db.schema.createTable('ikd_activations'), engine)
    .addColumn('resident_id', 'bigint', (c) => c.notNull().unique())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('service_point_id', 'bigint')
    .addColumn('ticket_id', 'bigint')
    .addColumn('activated_on', day, (c) => c.notNull())
    .addColumn('officer_id', 'bigint', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('ikd_activations_point')
    .on('ikd_activations')
    .column('service_point_id')
    .execute();

  await withIdColumn(db.schema.createTable('skm_responses'), engine)
    .addColumn('service_point_id', 'bigint', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    /** At most one answer per ticket (a one-time link); kiosk answers carry none. */
    .addColumn('ticket_id', 'bigint', (c) => c.unique())
    /** link | kiosk */
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('service', 'text')
    /** JSON array of nine answers, each 1–4, in the order of the SKM elements U1…U9. */
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('answered_on', day, (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('skm_responses_point_day')
    .on('skm_responses')
    .columns(['service_point_id', 'answered_on'])
    .execute();
}
