import type { RegionLevel, Role } from '@sigap/domain';
import type { Generated, Insertable, Selectable } from 'kysely';

/** Tables of regions, users, sessions, login guards and the audit trail. */

export interface MetaTable {
  key: string;
  value: string;
}

export interface RegionsTable {
  code: string;
  level: RegionLevel;
  name: string;
  parent_code: string | null;
  /** Lower-cased, accent-free name, so that search is case- and accent-insensitive on both engines. */
  name_search: string;
}

export interface UsersTable {
  id: Generated<number>;
  username: string;
  full_name: string;
  role: Role;
  region_code: string;
  password_hash: string;
  active: number;
  created_at: string;
  updated_at: string;
  last_login_at: string | null;
  created_by: number | null;
  /** The civil servant number (18 digits), null when none was given (migration 0016). */
  nip: string | null;
  /** The position (jabatan), free text up to 100 characters, null when none was given. */
  position: string | null;
}

export interface SessionsTable {
  /** SHA-256 of the cookie token: a stolen database copy does not yield usable sessions. */
  id: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
  ip: string | null;
  user_agent: string | null;
}

export interface LoginFailuresTable {
  id: Generated<number>;
  username: string;
  ip: string;
  at: string;
  /** Set when the attempt came with a device cookie of this username: it then slows only that device. */
  device_hash: string | null;
}

/** Browsers that logged in successfully (hash of the device cookie's token), see migration 0007. */
export interface LoginDevicesTable {
  token_hash: string;
  username: string;
  created_at: string;
  last_used_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  user_id: number | null;
  username: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  region_code: string | null;
  summary: string;
  ip: string | null;
  prev_hash: string;
  hash: string;
}

export type UserRow = Selectable<UsersTable>;
export type NewUserRow = Insertable<UsersTable>;
export type RegionRow = Selectable<RegionsTable>;
export type AuditRow = Selectable<AuditLogTable>;

export interface AuditCheckpointsTable {
  id: Generated<number>;
  at: string;
  last_entry_id: number;
  last_entry_hash: string;
  entry_count: number;
  key_id: string;
  signature: string;
}
export type AuditCheckpointRow = Selectable<AuditCheckpointsTable>;
