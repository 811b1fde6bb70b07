import type { Kysely } from 'kysely';
import { type Param, preparedQuery } from '../../db/prepared-query';
import type { Database, UserRow } from '../../db/schema';

export interface SessionWithUser {
  id: string;
  csrfToken: string;
  expiresAt: string;
  lastSeenAt: string;
  user: UserRow;
}

export async function insertSession(
  db: Kysely<Database>,
  s: {
    id: string;
    userId: number;
    csrfToken: string;
    now: string;
    expiresAt: string;
    ip: string;
    userAgent: string | null;
  },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      id: s.id,
      user_id: s.userId,
      csrf_token: s.csrfToken,
      created_at: s.now,
      expires_at: s.expiresAt,
      last_seen_at: s.now,
      ip: s.ip,
      user_agent: s.userAgent,
    })
    .execute();
}

/** Read on every logged-in request, so built and compiled once (see `preparedQuery`). */
const liveSessionStatement = preparedQuery((db, param: Param<{ id: string; now: string }>) =>
  db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('users')
    .select([
      'sessions.id as session_id',
      'sessions.csrf_token',
      'sessions.expires_at',
      'sessions.last_seen_at',
    ])
    .where('sessions.id', '=', param('id'))
    .where('sessions.expires_at', '>', param('now')),
);

export async function findLiveSession(
  db: Kysely<Database>,
  id: string,
  now: string,
): Promise<SessionWithUser | undefined> {
  const row = (await db.executeQuery(liveSessionStatement(db, { id, now }))).rows[0];
  if (!row) return undefined;
  const { session_id, csrf_token, expires_at, last_seen_at, ...user } = row;
  return { id: session_id, csrfToken: csrf_token, expiresAt: expires_at, lastSeenAt: last_seen_at, user };
}

export async function extendSession(
  db: Kysely<Database>,
  id: string,
  now: string,
  expiresAt: string,
): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: now, expires_at: expiresAt })
    .where('id', '=', id)
    .execute();
}

export async function deleteSession(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

export async function deleteUserSessions(db: Kysely<Database>, userId: number): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export async function purgeExpiredSessions(db: Kysely<Database>, now: string): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
}
