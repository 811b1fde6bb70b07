import type { Kysely } from 'kysely';
import type { BookingAttemptKind, Database } from '../../db/schema';

export interface AttemptKey {
  kind: BookingAttemptKind;
  keyHash: string;
  /** Count attempts at or after this instant (ISO). */
  since: string;
}

/**
 * Counts of recent public actions per hashed IP, NIK or phone (the abuse limits of booking-guards.ts), in
 * the order of `keys`: one statement with a subquery per key, each a range of the (kind, key_hash, at) index.
 */
export async function countAttempts(db: Kysely<Database>, keys: readonly AttemptKey[]): Promise<number[]> {
  if (keys.length === 0) return [];
  const r = await db
    .selectNoFrom((eb) =>
      keys.map((k, i) =>
        eb
          .selectFrom('booking_attempts')
          .select((sub) => sub.fn.countAll<number>().as('n'))
          .where('kind', '=', k.kind)
          .where('key_hash', '=', k.keyHash)
          .where('at', '>=', k.since)
          .as(`n${i}`),
      ),
    )
    .executeTakeFirstOrThrow();
  const counts = r as Record<string, number | string | null>;
  return keys.map((_, i) => Number(counts[`n${i}`] ?? 0));
}

/** Records attempts, all in one statement. */
export async function insertAttempts(
  db: Kysely<Database>,
  rows: readonly { kind: BookingAttemptKind; keyHash: string; at: string }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('booking_attempts')
    .values(rows.map((r) => ({ kind: r.kind, key_hash: r.keyHash, at: r.at })))
    .execute();
}

export async function deleteAttemptsBefore(db: Kysely<Database>, before: string): Promise<void> {
  await db.deleteFrom('booking_attempts').where('at', '<', before).execute();
}
