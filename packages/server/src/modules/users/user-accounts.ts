import type { PublicUser } from '@sigap/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { hashPassword, verifyPassword } from '../auth';
import { toPublicUser } from './users.presenter';
import { findUserById, findUserByUsername, type UserWithRegion, updateUserRow } from './users.repository';

/**
 * Account lookups for login, the CLI and the demo seed: no access check (the callers act for the account's
 * own owner or as the system).
 */

/** The account behind a username, with its password hash. */
export async function findAccount(
  db: Kysely<Database>,
  username: string,
): Promise<UserWithRegion | undefined> {
  return findUserByUsername(db, username);
}

/** A user as the API shows it. */
export async function findPublicUser(db: Kysely<Database>, id: number): Promise<PublicUser | undefined> {
  const row = await findUserById(db, id);
  return row && toPublicUser(row);
}

/** Stamps a successful login on the account. */
export async function markLoggedIn(db: Kysely<Database>, id: number, at: string): Promise<void> {
  await updateUserRow(db, id, { last_login_at: at });
}

/**
 * The demo seed's fixed password, set on an existing demo account when it differs. Not audited and no
 * session ended: it is the seed configuring its own demo, not a change to someone's account.
 */
export async function ensureDemoPassword(
  db: Kysely<Database>,
  user: UserWithRegion,
  password: string,
): Promise<void> {
  if (await verifyPassword(user.password_hash, password)) return;
  await updateUserRow(db, user.id, {
    password_hash: await hashPassword(password),
    updated_at: new Date().toISOString(),
  });
}
