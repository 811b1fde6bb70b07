import type { Kysely } from 'kysely';
import { type Param, preparedQuery } from '../../db/prepared-query';
import type { BookingAttemptKind, Database } from '../../db/schema';

export interface AttemptKey {
  kind: BookingAttemptKind;
  keyHash: string;
  /** Count attempts at or after this instant (ISO). */
  since: string;
}

interface Keys extends Record<string, unknown> {
  kinds: readonly BookingAttemptKind[];
  keyHashes: readonly string[];
  ats: readonly string[];
}

/** Built once per number of keys: see `preparedQuery`. */
const countStatement = preparedQuery(
  (db, param: Param<Keys>, q) =>
    db.selectNoFrom((eb) =>
      q.kinds.map((_, i) =>
        eb
          .selectFrom('booking_attempts')
          .select((sub) => sub.fn.countAll<number>().as('n'))
          .where('kind', '=', param('kinds', i))
          .where('key_hash', '=', param('keyHashes', i))
          .where('at', '>=', param('ats', i))
          .as(`n${i}`),
      ),
    ),
  (q) => String(q.kinds.length),
);

/**
 * Counts of recent public actions per hashed IP, NIK or phone (the abuse limits of booking-guards.ts), in
 * the order of `keys`: one statement with a subquery per key, each a range of the (kind, key_hash, at) index.
 */
export async function countAttempts(db: Kysely<Database>, keys: readonly AttemptKey[]): Promise<number[]> {
  if (keys.length === 0) return [];
  const q = {
    kinds: keys.map((k) => k.kind),
    keyHashes: keys.map((k) => k.keyHash),
    ats: keys.map((k) => k.since),
  };
  const counts = (await db.executeQuery(countStatement(db, q))).rows[0] as Record<
    string,
    number | string | null
  >;
  return keys.map((_, i) => Number(counts?.[`n${i}`] ?? 0));
}

/** Built once per number of rows: see `preparedQuery`. */
const insertStatement = preparedQuery(
  (db, param: Param<Keys>, q) =>
    db.insertInto('booking_attempts').values(
      q.kinds.map((_, i) => ({
        kind: param('kinds', i),
        key_hash: param('keyHashes', i),
        at: param('ats', i),
      })),
    ),
  (q) => String(q.kinds.length),
);

/** Records attempts, all in one statement. */
export async function insertAttempts(
  db: Kysely<Database>,
  rows: readonly { kind: BookingAttemptKind; keyHash: string; at: string }[],
): Promise<void> {
  if (rows.length === 0) return;
  const q = {
    kinds: rows.map((r) => r.kind),
    keyHashes: rows.map((r) => r.keyHash),
    ats: rows.map((r) => r.at),
  };
  await db.executeQuery(insertStatement(db, q));
}

export async function deleteAttemptsBefore(db: Kysely<Database>, before: string): Promise<void> {
  await db.deleteFrom('booking_attempts').where('at', '<', before).execute();
}
