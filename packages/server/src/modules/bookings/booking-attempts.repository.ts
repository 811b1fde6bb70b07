import type { Kysely } from 'kysely';
import type { BookingAttemptKind, Database } from '../../db/schema';

/** Counts of recent public actions per hashed IP, NIK or phone (the abuse limits of booking-guards.ts). */
export async function countAttempts(
  db: Kysely<Database>,
  kind: BookingAttemptKind,
  keyHash: string,
  since: string,
): Promise<number> {
  const r = await db
    .selectFrom('booking_attempts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('kind', '=', kind)
    .where('key_hash', '=', keyHash)
    .where('at', '>=', since)
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

export async function insertAttempt(
  db: Kysely<Database>,
  kind: BookingAttemptKind,
  keyHash: string,
  at: string,
): Promise<void> {
  await db.insertInto('booking_attempts').values({ kind, key_hash: keyHash, at }).execute();
}

export async function deleteAttemptsBefore(db: Kysely<Database>, before: string): Promise<void> {
  await db.deleteFrom('booking_attempts').where('at', '<', before).execute();
}
