import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { deleteStaleDevices, findDevices, insertDevice, touchDevice } from './login-throttle.repository';

/**
 * Device cookies (OWASP "Slow Down Online Guessing Attacks with Device Cookies"): a browser that logged
 * in successfully as a user gets a random token; with it, that user's later logins from that browser are
 * judged only on the browser's own failures, so an attacker elsewhere (or behind the same office
 * address) cannot slow the real user down. One cookie holds the tokens of the last few users of a shared
 * office computer. Only hashes are stored; a token unused for DEVICE_DAYS is forgotten.
 */
export const DEVICE_COOKIE = 'sigap_device';
export const DEVICE_DAYS = 180;
const TOKENS_PER_BROWSER = 5;

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function tokensOf(cookie: string | undefined): string[] {
  if (!cookie) return [];
  return cookie
    .split('.')
    .filter((t) => /^[A-Za-z0-9_-]{20,64}$/.test(t))
    .slice(0, TOKENS_PER_BROWSER);
}

function daysAgo(now: Date, days: number): string {
  return new Date(now.getTime() - days * 86_400_000).toISOString();
}

/** The hash of the cookie's token that is trusted for this username, or null. */
export async function trustedDeviceHash(
  db: Kysely<Database>,
  cookie: string | undefined,
  username: string,
  now: Date,
): Promise<string | null> {
  const hashes = tokensOf(cookie).map(hashToken);
  const rows = await findDevices(db, hashes, daysAgo(now, DEVICE_DAYS));
  return rows.find((r) => r.username === username)?.token_hash ?? null;
}

/** After a successful login: keep the browser's token for this user fresh, or give it one. */
export async function rememberDevice(
  db: Kysely<Database>,
  cookie: string | undefined,
  username: string,
  trustedHash: string | null,
  now: Date,
): Promise<string> {
  const tokens = tokensOf(cookie);
  await deleteStaleDevices(db, daysAgo(now, DEVICE_DAYS));
  if (trustedHash) {
    await touchDevice(db, trustedHash, now.toISOString());
    return tokens.join('.');
  }
  const token = randomBytes(24).toString('base64url');
  await insertDevice(db, { tokenHash: hashToken(token), username, now: now.toISOString() });
  return [token, ...tokens].slice(0, TOKENS_PER_BROWSER).join('.');
}
