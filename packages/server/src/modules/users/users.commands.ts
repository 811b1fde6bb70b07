import type { UpdateUserBody } from '@sigap/contracts';
import type { Updateable } from 'kysely';
import type { Db } from '../../db/connect';
import type { NewUserRow, UsersTable } from '../../db/schema';
import { recordAudit } from '../audit';
import { endUserSessions } from '../auth';
import { linkCemeteryManager } from '../burials';
import { noticeAccountChange } from './account-change-notice';
import { insertUser, type UserWithRegion, updateUserRow } from './users.repository';

/**
 * The writes to a user account, one transaction each: the row, what the change ends or tells (sessions,
 * the account-change notice) and the audit entry. The services (users.service.ts) check the role, the
 * scope and the rules first; the CLI and the demo seed call these as the system (no actor).
 */
type Actor = { id: number; username: string } | null;

/**
 * A new account: the row, a cemetery manager's cemetery links (burials module: refused outside the
 * account's region, and required when an administrator creates one) and its `user.create` audit entry.
 */
export async function createUserCommand(
  handle: Db,
  input: {
    row: Omit<NewUserRow, 'created_by'>;
    actor: Actor;
    ip: string | null;
    cemeteries?: { ids: readonly number[] | undefined; required: boolean };
  },
): Promise<number> {
  const { row, actor } = input;
  return handle.db.transaction().execute(async (trx) => {
    const id = await insertUser(trx, { ...row, created_by: actor?.id ?? null });
    const cemeteries = input.cemeteries ?? { ids: undefined, required: false };
    await linkCemeteryManager(trx, { id, role: row.role, regionCode: row.region_code }, cemeteries.ids, {
      required: cemeteries.required,
    });
    await recordAudit(trx, handle.store, {
      actor,
      action: 'user.create',
      entity: 'user',
      entityId: id,
      regionCode: row.region_code,
      summary: {
        username: row.username,
        fullName: row.full_name,
        role: row.role,
        regionCode: row.region_code,
        ...(row.nip ? { nip: row.nip } : {}),
        ...(row.position ? { position: row.position } : {}),
        ...(input.cemeteries?.ids?.length ? { cemeteryIds: input.cemeteries.ids } : {}),
      },
      ip: input.ip,
    });
    return id;
  });
}

/**
 * An administrator's change to an account: the row; its open sessions ended when it is disabled or its
 * password reset (a session opened before must not survive); the notice to its owner; the audit entry.
 */
export async function updateUserCommand(
  handle: Db,
  input: {
    target: UserWithRegion;
    set: Updateable<UsersTable>;
    patch: UpdateUserBody;
    summary: Record<string, unknown>;
    actor: { id: number; username: string };
    ip: string | null;
  },
): Promise<void> {
  const { target, patch } = input;
  await handle.db.transaction().execute(async (trx) => {
    await updateUserRow(trx, target.id, input.set);
    if (patch.active === false || patch.password !== undefined) await endUserSessions(trx, target.id);
    await noticeAccountChange(trx, target, input.actor, patch);
    await recordAudit(trx, handle.store, {
      actor: input.actor,
      action: 'user.update',
      entity: 'user',
      entityId: target.id,
      regionCode: patch.regionCode ?? target.region_code,
      summary: input.summary,
      ip: input.ip,
    });
  });
}

/** A new password set by the system (`sigap user set-password`): the hash, the sessions ended, the audit. */
export async function setPasswordCommand(
  handle: Db,
  input: { user: UserWithRegion; passwordHash: string; via: 'cli' },
): Promise<void> {
  const { user } = input;
  await handle.db.transaction().execute(async (trx) => {
    await updateUserRow(trx, user.id, {
      password_hash: input.passwordHash,
      updated_at: new Date().toISOString(),
    });
    await endUserSessions(trx, user.id);
    await recordAudit(trx, handle.store, {
      actor: null,
      action: 'user.update',
      entity: 'user',
      entityId: user.id,
      regionCode: user.region_code,
      summary: { username: user.username, password: 'changed', via: input.via },
      ip: input.via,
    });
  });
}
