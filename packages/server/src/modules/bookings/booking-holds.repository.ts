import { type Kysely, type Selectable, sql } from 'kysely';
import { type Param, preparedQuery } from '../../db/prepared-query';
import type { BookingHoldsTable, Database } from '../../db/schema';
import type { SlotRow } from './booking-slots.repository';

/**
 * Holds: a seat taken for a few minutes while the resident fills in the form. A hold leaves `held` by one
 * guarded UPDATE (to used, released or expired), so its seat passes on or goes back once. The statements of
 * a booking's hold and confirmation are compiled once (`preparedQuery`): a booking runs about twenty
 * statements, and building each with Kysely cost more CPU than SQLite took to run it.
 */
export type HoldRow = Selectable<BookingHoldsTable>;

interface NewHold extends Record<string, unknown> {
  token: string;
  slotId: number;
  expiresAt: string;
  createdAt: string;
}

const insertHoldStatement = preparedQuery((db, param: Param<NewHold>) =>
  db
    .insertInto('booking_holds')
    .values({
      token: param('token'),
      slot_id: param('slotId'),
      status: 'held',
      expires_at: param('expiresAt'),
      created_at: param('createdAt'),
    })
    .returning('id'),
);

/** A new hold of a seat already taken; answers its id. */
export async function insertHold(db: Kysely<Database>, hold: NewHold): Promise<number> {
  const { rows } = await db.executeQuery(insertHoldStatement(db, hold));
  const id = rows[0]?.id;
  if (id === undefined) throw new Error('insert into booking_holds answered no id');
  return id;
}

export function findHoldByToken(db: Kysely<Database>, token: string): Promise<HoldRow | undefined> {
  return db.selectFrom('booking_holds').selectAll().where('token', '=', token).executeTakeFirst();
}

/** What a confirmation needs of the point that holds the seat (its plan is not: the seat is taken). */
export interface HoldPoint {
  id: number;
  regionCode: string;
  name: string;
  address: string;
  services: Record<string, number>;
  active: boolean;
}

const holdWithSlotStatement = preparedQuery((db, param: Param<{ token: string }>) =>
  db
    .selectFrom('booking_holds as h')
    .innerJoin('booking_slots as s', 's.id', 'h.slot_id')
    .innerJoin('service_points as p', 'p.id', 's.service_point_id')
    .select(['h.id', 'h.token', 'h.slot_id', 'h.status', 'h.expires_at', 'h.created_at', 'h.booking_id'])
    .select([
      's.service_point_id',
      's.service',
      's.date',
      's.slot_start',
      's.slot_end',
      's.capacity',
      's.taken',
    ])
    .select(['p.region_code', 'p.name', 'p.address', 'p.services', 'p.active'])
    .where('h.token', '=', param('token')),
);

/** A hold by its token with its slot's row and its point, in one read (the confirmation's first step). */
export async function findHoldWithSlot(
  db: Kysely<Database>,
  token: string,
): Promise<{ hold: HoldRow; slot: SlotRow; point: HoldPoint } | undefined> {
  const { rows } = await db.executeQuery(holdWithSlotStatement(db, { token }));
  const r = rows[0];
  if (!r) return undefined;
  const { service_point_id, service, date, slot_start, slot_end, capacity, taken, ...rest } = r;
  const { region_code, name, address, services, active, ...hold } = rest;
  const slot = { id: hold.slot_id, service_point_id, service, date, slot_start, slot_end, capacity, taken };
  const point = {
    id: Number(service_point_id),
    regionCode: region_code,
    name,
    address,
    services: JSON.parse(services) as Record<string, number>,
    active: Number(active) === 1,
  };
  return { hold, slot, point };
}

/**
 * `status = 'held'` as a literal, as the reads of `bookings_one_active` do: the live holds' partial index
 * (`booking_holds_live`, migration 0042) then applies to any plan, also one made without the bound
 * values (a generic plan on PostgreSQL).
 */
const HELD = sql.lit<'held'>('held');

/** Marks the expired holds of one slot expired; returns how many (their seats are the caller's to give back). */
export async function expireHoldsOfSlot(db: Kysely<Database>, slotId: number, now: string): Promise<number> {
  const r = await db
    .updateTable('booking_holds')
    .set({ status: 'expired' })
    .where('slot_id', '=', slotId)
    .where('status', '=', HELD)
    .where('expires_at', '<', now)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** The slots that have overdue holds still marked held (the sweep frees them slot by slot). */
export async function slotsWithDueHolds(db: Kysely<Database>, now: string): Promise<number[]> {
  const rows = await db
    .selectFrom('booking_holds')
    .select('slot_id')
    .distinct()
    .where('status', '=', HELD)
    .where('expires_at', '<', now)
    .limit(1000)
    .execute();
  return rows.map((r) => Number(r.slot_id));
}

interface HoldClose extends Record<string, unknown> {
  id: number;
  to: 'used' | 'released' | 'expired';
  bookingId: number | null;
}

const closeHoldStatement = preparedQuery((db, param: Param<HoldClose>) =>
  db
    .updateTable('booking_holds')
    .set({ status: param('to'), booking_id: param('bookingId') })
    .where('id', '=', param('id'))
    .where('status', '=', 'held'),
);

/** Moves a hold out of `held` (to used, released or expired): false when another request got there first. */
export async function closeHold(
  db: Kysely<Database>,
  id: number,
  to: HoldClose['to'],
  bookingId: number | null = null,
): Promise<boolean> {
  const r = await db.executeQuery(closeHoldStatement(db, { id, to, bookingId }));
  return Number(r.numAffectedRows ?? 0) === 1;
}
