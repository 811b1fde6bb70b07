import type { CreateUserBody, PublicUser, UpdateUserBody } from '@sigap/contracts';
import { canAssignRole, isRoleAvailable, roleRank } from '@sigap/domain';
import type { Updateable } from 'kysely';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import type { UsersTable } from '../../db/schema';
import { errors } from '../../errors';
import { authorize } from '../access';
import { hashPassword } from '../auth';
import { findRegionByCode } from '../regions';
import { createUserCommand, updateUserCommand } from './users.commands';
import { userErrors } from './users.errors';
import { toPublicUser } from './users.presenter';
import { findUserById, findUserByUsername, listUsers } from './users.repository';

async function assertRegionExists(handle: Db, code: string): Promise<void> {
  if (!(await findRegionByCode(handle.db, code))) {
    throw userErrors.unknownRegion(code);
  }
}

export async function listUsersInScope(
  handle: Db,
  ctx: RequestContext,
  query: { q?: string; region?: string; page: number; pageSize: number },
): Promise<{ items: PublicUser[]; total: number; page: number; pageSize: number }> {
  authorize(ctx.user, 'user.read', query.region);
  const { rows, total } = await listUsers(
    handle.db,
    { scope: ctx.user.regionCode, region: query.region, q: query.q },
    { limit: query.pageSize, offset: (query.page - 1) * query.pageSize },
  );
  return { items: rows.map(toPublicUser), total, page: query.page, pageSize: query.pageSize };
}

export async function getUserInScope(handle: Db, ctx: RequestContext, id: number): Promise<PublicUser> {
  // Role first: a user without the right must not learn which ids exist from 404 versus 403.
  authorize(ctx.user, 'user.read');
  const row = await findUserById(handle.db, id);
  if (!row) throw errors.notFound('Pengguna', 'user', String(id));
  authorize(ctx.user, 'user.read', row.region_code);
  return toPublicUser(row);
}

/**
 * Creates a user without permission checks: for the CLI and the demo seed, which act as the system.
 * The audit entry names the actor when there is one.
 */
export async function createUserAsSystem(
  handle: Db,
  body: CreateUserBody,
  by: { actor: RequestContext['user'] | null; ip: string | null; requireCemetery?: boolean },
): Promise<PublicUser> {
  await assertRegionExists(handle, body.regionCode);
  if (await findUserByUsername(handle.db, body.username)) {
    throw userErrors.usernameTaken(body.username);
  }
  const passwordHash = await hashPassword(body.password);
  const now = new Date().toISOString();
  const id = await createUserCommand(handle, {
    row: {
      username: body.username,
      full_name: body.fullName,
      role: body.role,
      region_code: body.regionCode,
      password_hash: passwordHash,
      active: 1,
      created_at: now,
      updated_at: now,
      last_login_at: null,
      nip: body.nip ?? null,
      position: blankToNull(body.position),
    },
    actor: by.actor,
    ip: by.ip,
    cemeteries: { ids: body.cemeteryIds, required: by.requireCemetery ?? false },
  });
  const created = await findUserById(handle.db, id);
  if (!created) throw errors.internal();
  return toPublicUser(created);
}

/** An empty position is no position. */
function blankToNull(value: string | null | undefined): string | null {
  return value ? value : null;
}

/**
 * An administrator creates a user inside its own scope, never with a role above its own nor one whose
 * module does not exist yet (the form hides those; this keeps any other caller from creating them). The
 * CLI and the seed, acting as the system, still may (createUserAsSystem).
 */
export async function createUser(handle: Db, ctx: RequestContext, body: CreateUserBody): Promise<PublicUser> {
  authorize(ctx.user, 'user.manage', body.regionCode);
  if (!canAssignRole(ctx.user.role, body.role)) throw userErrors.roleNotAllowed(body.role);
  if (!isRoleAvailable(body.role)) throw userErrors.roleUnavailable(body.role);
  // An administrator's cemetery manager must be linked to a cemetery (the CLI and the seed link later).
  return createUserAsSystem(handle, body, { actor: ctx.user, ip: ctx.ip, requireCemetery: true });
}

export async function updateUser(
  handle: Db,
  ctx: RequestContext,
  id: number,
  patch: UpdateUserBody,
): Promise<PublicUser> {
  authorize(ctx.user, 'user.manage');
  const target = await findUserById(handle.db, id);
  if (!target) throw errors.notFound('Pengguna', 'user', String(id));
  authorize(ctx.user, 'user.manage', target.region_code);
  const targetRole = target.role;
  if (!canAssignRole(ctx.user.role, targetRole)) throw userErrors.roleNotAllowed(targetRole);
  const isPeer = id !== ctx.user.id && roleRank(targetRole) >= roleRank(ctx.user.role);
  if (isPeer && ctx.user.role !== 'superadmin') throw userErrors.peerAccountProtected();
  if (patch.role !== undefined && !canAssignRole(ctx.user.role, patch.role))
    throw userErrors.roleNotAllowed(patch.role);
  // Giving an unavailable role is refused; an account that already has one keeps it.
  if (patch.role !== undefined && patch.role !== targetRole && !isRoleAvailable(patch.role))
    throw userErrors.roleUnavailable(patch.role);
  if (patch.regionCode !== undefined) {
    authorize(ctx.user, 'user.manage', patch.regionCode);
    await assertRegionExists(handle, patch.regionCode);
  }
  if (patch.active === false && id === ctx.user.id) {
    throw userErrors.cannotDeactivateSelf();
  }

  const set: Updateable<UsersTable> = { updated_at: new Date().toISOString() };
  const summary: Record<string, unknown> = { username: target.username };
  if (patch.fullName !== undefined) {
    set.full_name = patch.fullName;
    summary.fullName = [target.full_name, patch.fullName];
  }
  if (patch.role !== undefined) {
    set.role = patch.role;
    summary.role = [target.role, patch.role];
  }
  if (patch.regionCode !== undefined) {
    set.region_code = patch.regionCode;
    summary.regionCode = [target.region_code, patch.regionCode];
  }
  if (patch.nip !== undefined) {
    set.nip = patch.nip;
    summary.nip = [target.nip, patch.nip];
  }
  if (patch.position !== undefined) {
    set.position = blankToNull(patch.position);
    summary.position = [target.position, set.position];
  }
  if (patch.active !== undefined) {
    set.active = patch.active ? 1 : 0;
    summary.active = [target.active === 1, patch.active];
  }
  if (patch.password !== undefined) {
    set.password_hash = await hashPassword(patch.password);
    summary.password = 'changed';
  }

  await updateUserCommand(handle, { target, set, patch, summary, actor: ctx.user, ip: ctx.ip });
  const updated = await findUserById(handle.db, id);
  if (!updated) throw errors.internal();
  return toPublicUser(updated);
}
