import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

/** Counts of recent failed logins that the throttle policy (login-throttle.ts) turns into a wait. */
export interface FailureCount {
  n: number;
  /** ISO time of the latest failure counted, null when none. */
  last: string | null;
}

/** Failures of one username from one client: a device (by cookie hash) or, without one, an IP. */
export async function countPairFailures(
  db: Kysely<Database>,
  pair: { username: string; ip: string; deviceHash: string | null },
  since: string,
): Promise<FailureCount> {
  let q = db
    .selectFrom('login_failures')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('at').as('last')])
    .where('username', '=', pair.username)
    .where('at', '>', since);
  q = pair.deviceHash
    ? q.where('device_hash', '=', pair.deviceHash)
    : q.where('ip', '=', pair.ip).where('device_hash', 'is', null);
  const r = await q.executeTakeFirstOrThrow();
  return { n: Number(r.n), last: r.last ?? null };
}

/** Failures from one IP with any username, and how many distinct usernames they tried. */
export async function countIpFailures(
  db: Kysely<Database>,
  ip: string,
  since: string,
): Promise<FailureCount & { usernames: number }> {
  const r = await db
    .selectFrom('login_failures')
    .select((eb) => [
      eb.fn.countAll<number>().as('n'),
      eb.fn.max('at').as('last'),
      eb.fn.count<number>('username').distinct().as('usernames'),
    ])
    .where('ip', '=', ip)
    .where('at', '>', since)
    .executeTakeFirstOrThrow();
  return { n: Number(r.n), last: r.last ?? null, usernames: Number(r.usernames) };
}

/** Failures for one username from untrusted clients at other IPs (a distributed guess), and how many IPs. */
export async function countUsernameFailuresElsewhere(
  db: Kysely<Database>,
  username: string,
  ip: string,
  since: string,
): Promise<FailureCount & { ips: number }> {
  const r = await db
    .selectFrom('login_failures')
    .select((eb) => [
      eb.fn.countAll<number>().as('n'),
      eb.fn.max('at').as('last'),
      eb.fn.count<number>('ip').distinct().as('ips'),
    ])
    .where('username', '=', username)
    .where('ip', '<>', ip)
    .where('device_hash', 'is', null)
    .where('at', '>', since)
    .executeTakeFirstOrThrow();
  return { n: Number(r.n), last: r.last ?? null, ips: Number(r.ips) };
}

/** All failures of a username since a time, from anywhere: the measure of a targeted guess. */
export async function countUsernameFailures(db: Kysely<Database>, username: string, since: string) {
  const r = await db
    .selectFrom('login_failures')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('username', '=', username)
    .where('at', '>', since)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function insertLoginFailure(
  db: Kysely<Database>,
  row: { username: string; ip: string; deviceHash: string | null; at: string },
): Promise<void> {
  await db
    .insertInto('login_failures')
    .values({ username: row.username, ip: row.ip, device_hash: row.deviceHash, at: row.at })
    .execute();
}

/** A success forgives that client's failures for the username, and old rows of everyone are dropped. */
export async function deletePairFailures(
  db: Kysely<Database>,
  pair: { username: string; ip: string; deviceHash: string | null },
  staleBefore: string,
): Promise<void> {
  await db
    .deleteFrom('login_failures')
    .where((eb) =>
      eb.or([
        eb.and([
          eb('username', '=', pair.username),
          pair.deviceHash ? eb('device_hash', '=', pair.deviceHash) : eb('ip', '=', pair.ip),
        ]),
        eb('at', '<=', staleBefore),
      ]),
    )
    .execute();
}

/** The usernames whose device cookies (by token hash) are still trusted. */
export async function findDevices(
  db: Kysely<Database>,
  tokenHashes: string[],
  usedSince: string,
): Promise<{ token_hash: string; username: string }[]> {
  if (tokenHashes.length === 0) return [];
  return db
    .selectFrom('login_devices')
    .select(['token_hash', 'username'])
    .where('token_hash', 'in', tokenHashes)
    .where('last_used_at', '>', usedSince)
    .execute();
}

export async function insertDevice(
  db: Kysely<Database>,
  d: { tokenHash: string; username: string; now: string },
): Promise<void> {
  await db
    .insertInto('login_devices')
    .values({ token_hash: d.tokenHash, username: d.username, created_at: d.now, last_used_at: d.now })
    .execute();
}

export async function touchDevice(db: Kysely<Database>, tokenHash: string, now: string): Promise<void> {
  await db
    .updateTable('login_devices')
    .set({ last_used_at: now })
    .where('token_hash', '=', tokenHash)
    .execute();
}

export async function deleteStaleDevices(db: Kysely<Database>, usedBefore: string): Promise<void> {
  await db.deleteFrom('login_devices').where('last_used_at', '<=', usedBefore).execute();
}
