import { createHash, randomBytes } from 'node:crypto';
import type { PublicUser } from '@sigap/contracts';
import type { Kysely } from 'kysely';
import type { Db } from '../../db/connect';
import type { Database } from '../../db/schema';
import { errors } from '../../errors';
import { recordAuditAlone } from '../audit';
import { findAccount, findPublicUser, markLoggedIn, toPublicUser } from '../users';
import { alertOnLoginStorms } from './login-alerts';
import { rememberDevice, trustedDeviceHash } from './login-devices';
import { assertNotThrottled, forgiveLoginFailures, recordLoginAttempt } from './login-throttle';
import { burnPasswordCheck, verifyPassword } from './password';
import {
  deleteSession,
  deleteUserSessions,
  extendSession,
  findLiveSession,
  insertSession,
  purgeExpiredSessions,
  type SessionWithUser,
} from './sessions.repository';

/** The cookie carries a random token; the database keeps only its hash. */
export function sessionIdFromToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface LoginResult {
  token: string;
  csrfToken: string;
  user: PublicUser;
  expiresAt: string;
  /** The device cookie's new value (see login-devices.ts). */
  deviceCookie: string;
}

export async function login(
  handle: Db,
  input: {
    username: string;
    password: string;
    ip: string;
    userAgent: string | null;
    sessionHours: number;
    deviceCookie: string | undefined;
    now: Date;
  },
): Promise<LoginResult> {
  const now = input.now;
  const username = input.username.trim().toLowerCase();
  const deviceHash = await trustedDeviceHash(handle.db, input.deviceCookie, username, now);
  const client = { username, ip: input.ip, deviceHash };
  // Refused before any password hashing: a flood of attempts costs no argon2 work (login-throttle.ts).
  await assertNotThrottled(handle.db, client, now);
  await recordLoginAttempt(handle.db, client, now);
  const user = await findAccount(handle.db, username);
  let passwordOk = false;
  if (user) passwordOk = await verifyPassword(user.password_hash, input.password);
  else await burnPasswordCheck(input.password);
  // An inactive account is refused with the same message as a wrong password: it reveals nothing.
  if (!user || !passwordOk || user.active !== 1) {
    await recordAuditAlone(handle, {
      actor: null,
      action: 'auth.login_failed',
      entity: 'user',
      entityId: user?.id ?? null,
      regionCode: user?.region_code ?? null,
      summary: { username, reason: !user ? 'unknown_user' : !passwordOk ? 'wrong_password' : 'inactive' },
      ip: input.ip,
    });
    await alertOnLoginStorms(handle, { username, ip: input.ip, user }, now);
    throw errors.invalidCredentials();
  }
  await forgiveLoginFailures(handle.db, client, now);
  const deviceCookie = await rememberDevice(handle.db, input.deviceCookie, username, deviceHash, now);
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + input.sessionHours * 3_600_000).toISOString();
  await insertSession(handle.db, {
    id: sessionIdFromToken(token),
    userId: user.id,
    csrfToken,
    now: now.toISOString(),
    expiresAt,
    ip: input.ip,
    userAgent: input.userAgent,
  });
  await markLoggedIn(handle.db, user.id, now.toISOString());
  await recordAuditAlone(handle, {
    actor: { id: user.id, username: user.username },
    action: 'auth.login',
    entity: 'user',
    entityId: user.id,
    regionCode: user.region_code,
    summary: {},
    ip: input.ip,
  });
  await purgeExpiredSessions(handle.db, now.toISOString());
  const fresh = await findPublicUser(handle.db, user.id);
  return { token, csrfToken, user: fresh ?? toPublicUser(user), expiresAt, deviceCookie };
}

/** Sessions slide: each use at least five minutes after the last pushes the expiry forward. */
const TOUCH_AFTER_MS = 5 * 60_000;

export async function resolveSession(
  handle: Db,
  token: string,
  sessionHours: number,
): Promise<SessionWithUser | undefined> {
  const now = new Date();
  const session = await findLiveSession(handle.db, sessionIdFromToken(token), now.toISOString());
  if (session?.user.active !== 1) return undefined;
  if (now.getTime() - new Date(session.lastSeenAt).getTime() > TOUCH_AFTER_MS) {
    const expiresAt = new Date(now.getTime() + sessionHours * 3_600_000).toISOString();
    await extendSession(handle.db, session.id, now.toISOString(), expiresAt);
  }
  return session;
}

export async function logout(handle: Db, session: SessionWithUser, ip: string): Promise<void> {
  await deleteSession(handle.db, session.id);
  await recordAuditAlone(handle, {
    actor: { id: session.user.id, username: session.user.username },
    action: 'auth.logout',
    entity: 'user',
    entityId: session.user.id,
    regionCode: session.user.region_code,
    summary: {},
    ip,
  });
}

/** Ends every open session of a user (disabled, or a new password), in the caller's transaction. */
export async function endUserSessions(db: Kysely<Database>, userId: number): Promise<void> {
  await deleteUserSessions(db, userId);
}
