import type { Kysely } from 'kysely';
import { timestampType, withIdColumn } from '../column-types';
import type { Engine } from '../connect';

/**
 * Online booking (issue 12), what 0020 left to the booking module:
 * - `booking_holds`: a seat held for a few minutes while the resident types NIK, name and phone. A hold
 *   names no one, so it lives apart from `bookings`, whose NIK stays required and whose partial unique
 *   index (one active booking per NIK and service) keeps its meaning. The hold took its seat with the
 *   same guarded update as a booking; on confirm the seat passes to the booking (`used`, `booking_id`),
 *   on release or expiry it goes back (`released` / `expired`, each a guarded update of `status = 'held'`,
 *   so the seat is given back once however many servers sweep at the same moment);
 * - `booking_attempts`: recent public actions keyed by a hash of the IP, NIK or phone, counted in a
 *   window to refuse abuse without a captcha. Kept in the database so every instance sees the same count;
 *   hashed because the count needs no one's NIK or number;
 * - `booking_batches`: one invitation run from the registry (a village or a list), whose bookings carry
 *   its id, so the letters can be printed again.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const ts = timestampType(engine);
  await withIdColumn(db.schema.createTable('booking_holds'), engine)
    .addColumn('token', 'text', (c) => c.notNull().unique())
    .addColumn('slot_id', 'bigint', (c) => c.notNull())
    /** held | used | released | expired */
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('expires_at', ts, (c) => c.notNull())
    .addColumn('booking_id', 'bigint')
    .addColumn('created_at', ts, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('booking_holds_slot_status')
    .on('booking_holds')
    .columns(['slot_id', 'status', 'expires_at'])
    .execute();
  await db.schema
    .createIndex('booking_holds_status_expiry')
    .on('booking_holds')
    .columns(['status', 'expires_at'])
    .execute();

  await withIdColumn(db.schema.createTable('booking_attempts'), engine)
    /** hold_ip | confirm_ip | lookup_ip | nik | phone */
    .addColumn('kind', 'text', (c) => c.notNull())
    /** sha256 of the IP, NIK or phone (hex). */
    .addColumn('key_hash', 'text', (c) => c.notNull())
    .addColumn('at', ts, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('booking_attempts_key')
    .on('booking_attempts')
    .columns(['kind', 'key_hash', 'at'])
    .execute();

  await withIdColumn(db.schema.createTable('booking_batches'), engine)
    .addColumn('service_point_id', 'bigint', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    /** village | not_recorded | first_time_voters */
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('source_region', 'text', (c) => c.notNull())
    .addColumn('service', 'text', (c) => c.notNull())
    .addColumn('assigned', 'integer', (c) => c.notNull())
    .addColumn('skipped', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'bigint')
    .addColumn('created_at', ts, (c) => c.notNull())
    .execute();
}
