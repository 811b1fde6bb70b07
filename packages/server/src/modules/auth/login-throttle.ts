import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { errors } from '../../errors';
import {
  countIpFailures,
  countPairFailures,
  countUsernameFailuresElsewhere,
  deletePairFailures,
  type FailureCount,
  insertLoginFailure,
} from './login-throttle.repository';

/**
 * Login throttling that slows guessing down but never locks a user or an office out (issue 9; OWASP
 * Authentication Cheat Sheet "login throttling" and "device cookies", like Keycloak's brute-force
 * detector: a growing wait instead of a lock). State lives in the database so every instance agrees.
 *
 * - Per client and username ("pair"): the client is the browser's device cookie when it has a valid one
 *   for this username, otherwise the IP. The first 5 failures are free; then each attempt must wait
 *   1 s, 2 s, 4 s … after the pair's last failure, at most 15 minutes. Failures older than 24 h and the
 *   pair's failures before a success are forgotten.
 * - Per IP, any username (a spray): after 10 failures within 15 minutes, 1 s, 2 s … after the IP's
 *   last failure, at most 30 s. A browser with a device cookie for the username skips this wait, so
 *   an office behind one address (or behind a proxy without SIGAP_TRUST_PROXY) keeps working.
 * - Per username from untrusted clients at other IPs (a guess spread over many machines): from 10
 *   failures at 2 or more other IPs within 15 minutes, the same growth capped at 30 s. Skipped with a
 *   device cookie. Failures from a single other IP never slow this one: its pair wait covers it.
 * A refused attempt (429 with Retry-After) is answered before the password is hashed, so a flood costs
 * no argon2 work, and it is not counted, so hammering does not lengthen the wait. An attempt is counted
 * as a failure before its password is checked, so parallel guesses see each other.
 */
export const PAIR_FREE_FAILURES = 5;
export const PAIR_MAX_WAIT_S = 15 * 60;
export const PAIR_MEMORY_HOURS = 24;
export const IP_FREE_FAILURES = 10;
export const IP_MAX_WAIT_S = 30;
export const ELSEWHERE_FREE_FAILURES = 10;
export const ELSEWHERE_MIN_IPS = 2;
export const ELSEWHERE_MAX_WAIT_S = 30;
export const WINDOW_MINUTES = 15;

export interface LoginClient {
  username: string;
  ip: string;
  /** Hash of a device cookie token that is valid for this username; null for an untrusted client. */
  deviceHash: string | null;
}

interface ThrottleState {
  trusted: boolean;
  pair: FailureCount;
  ip: FailureCount;
  elsewhere: FailureCount & { ips: number };
}

function growingWaitMs(failures: number, free: number, maxSeconds: number): number {
  if (failures < free) return 0;
  return Math.min(1000 * 2 ** Math.min(failures - free, 30), maxSeconds * 1000);
}

function remainingMs(last: string | null, waitMs: number, now: Date): number {
  if (!last || waitMs === 0) return 0;
  return Math.max(0, new Date(last).getTime() + waitMs - now.getTime());
}

/** Milliseconds this attempt must still wait (0: go ahead). Pure, for the policy's unit tests. */
export function remainingWaitMs(s: ThrottleState, now: Date): number {
  const waits = [remainingMs(s.pair.last, growingWaitMs(s.pair.n, PAIR_FREE_FAILURES, PAIR_MAX_WAIT_S), now)];
  if (!s.trusted) {
    waits.push(remainingMs(s.ip.last, growingWaitMs(s.ip.n, IP_FREE_FAILURES, IP_MAX_WAIT_S), now));
    if (s.elsewhere.ips >= ELSEWHERE_MIN_IPS) {
      const wait = growingWaitMs(s.elsewhere.n, ELSEWHERE_FREE_FAILURES, ELSEWHERE_MAX_WAIT_S);
      waits.push(remainingMs(s.elsewhere.last, wait, now));
    }
  }
  return Math.max(...waits);
}

/** Throws `too_many_login_attempts` (429, Retry-After) while this client must wait. */
export async function assertNotThrottled(db: Kysely<Database>, c: LoginClient, now: Date): Promise<void> {
  const pairSince = new Date(now.getTime() - PAIR_MEMORY_HOURS * 3_600_000).toISOString();
  const since = new Date(now.getTime() - WINDOW_MINUTES * 60_000).toISOString();
  const trusted = c.deviceHash !== null;
  const state: ThrottleState = {
    trusted,
    pair: await countPairFailures(db, c, pairSince),
    ip: trusted ? { n: 0, last: null } : await countIpFailures(db, c.ip, since),
    elsewhere: trusted
      ? { n: 0, last: null, ips: 0 }
      : await countUsernameFailuresElsewhere(db, c.username, c.ip, since),
  };
  const waitMs = remainingWaitMs(state, now);
  if (waitMs > 0) throw errors.tooManyLoginAttempts(Math.ceil(waitMs / 1000));
}

/** Counted before the password is checked; a success then takes it back with the pair's other failures. */
export async function recordLoginAttempt(db: Kysely<Database>, c: LoginClient, now: Date): Promise<void> {
  await insertLoginFailure(db, { ...c, at: now.toISOString() });
}

export async function forgiveLoginFailures(db: Kysely<Database>, c: LoginClient, now: Date): Promise<void> {
  const stale = new Date(now.getTime() - PAIR_MEMORY_HOURS * 3_600_000).toISOString();
  await deletePairFailures(db, c, stale);
}
