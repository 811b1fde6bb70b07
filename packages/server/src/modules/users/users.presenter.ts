import type { PublicUser } from '@sigap/contracts';
import { isRole, type Role } from '@sigap/domain';
import type { SessionUser } from '../../context';
import type { UserRow } from '../../db/schema';
import type { UserWithRegion } from './users.repository';

function roleOf(row: UserRow): Role {
  if (!isRole(row.role)) throw new Error(`User ${row.id} has unknown role ${row.role}`);
  return row.role;
}

export function toPublicUser(row: UserWithRegion): PublicUser {
  return {
    id: row.id,
    username: row.username,
    fullName: row.full_name,
    role: roleOf(row),
    regionCode: row.region_code,
    regionName: row.region_name,
    active: row.active === 1,
    nip: row.nip,
    position: row.position,
    createdAt: row.created_at,
    lastLoginAt: row.last_login_at,
  };
}

export function toSessionUser(row: UserRow): SessionUser {
  return {
    id: row.id,
    username: row.username,
    fullName: row.full_name,
    role: roleOf(row),
    regionCode: row.region_code,
  };
}
