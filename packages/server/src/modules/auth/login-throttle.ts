import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { errors } from '../../errors';

/**
 * Failed logins are counted in the database, not in memory, so that every Sigap instance behind a load
 * balancer enforces the same limit. A username is locked after 5 failures in 15 minutes (stops guessing
 * one account); an IP after 30 (stops spraying many accounts from one machine, while a whole office
 * behind one NAT address can still mistype).
 */
export const WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_USERNAME = 5;
export const MAX_FAILURES_PER_IP = 30;

async function failuresSince(db: Kysely<Database>, column: 'username' | 'ip', value: string, since: string) {
  const r = await db
    .selectFrom('login_failures')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min('at').as('first')])
    .where(column, '=', value)
    .where('at', '>', since)
    .executeTakeFirstOrThrow();
  return { n: Number(r.n), first: r.first };
}

/** Throws `too_many_login_attempts` while the username or IP is locked out. */
export async function assertNotThrottled(
  db: Kysely<Database>,
  username: string,
  ip: string,
  now: Date,
): Promise<void> {
  const since = new Date(now.getTime() - WINDOW_MINUTES * 60_000).toISOString();
  const byUser = await failuresSince(db, 'username', username, since);
  const byIp = await failuresSince(db, 'ip', ip, since);
  const locked = [
    byUser.n >= MAX_FAILURES_PER_USERNAME ? byUser.first : null,
    byIp.n >= MAX_FAILURES_PER_IP ? byIp.first : null,
  ].filter((x): x is string => typeof x === 'string');
  if (locked.length === 0) return;
  const unlockAt = Math.max(...locked.map((first) => new Date(first).getTime() + WINDOW_MINUTES * 60_000));
  throw errors.tooManyLoginAttempts(Math.max(1, Math.ceil((unlockAt - now.getTime()) / 60_000)));
}

export async function recordLoginFailure(
  db: Kysely<Database>,
  username: string,
  ip: string,
  now: Date,
): Promise<void> {
  await db.insertInto('login_failures').values({ username, ip, at: now.toISOString() }).execute();
}

/** A successful login forgives the username's earlier mistakes and drops stale rows. */
export async function clearLoginFailures(db: Kysely<Database>, username: string, now: Date): Promise<void> {
  const stale = new Date(now.getTime() - WINDOW_MINUTES * 60_000).toISOString();
  await db
    .deleteFrom('login_failures')
    .where((eb) => eb.or([eb('username', '=', username), eb('at', '<=', stale)]))
    .execute();
}
