import type { Generated, Insertable, Selectable } from 'kysely';

/**
 * The typed shape of every table. Timestamps are ISO-8601 strings on both engines (text on SQLite,
 * timestamptz on PostgreSQL with a parser that returns ISO strings), flags are 0/1 integers on both,
 * so repositories never branch on the engine for plain reads.
 */
export interface Database {
  meta: MetaTable;
  regions: RegionsTable;
  users: UsersTable;
  sessions: SessionsTable;
  login_failures: LoginFailuresTable;
  audit_log: AuditLogTable;
}

export interface MetaTable {
  key: string;
  value: string;
}

export interface RegionsTable {
  code: string;
  level: string;
  name: string;
  parent_code: string | null;
  /** Lower-cased, accent-free name, so that search is case- and accent-insensitive on both engines. */
  name_search: string;
}

export interface UsersTable {
  id: Generated<number>;
  username: string;
  full_name: string;
  role: string;
  region_code: string;
  password_hash: string;
  active: number;
  created_at: string;
  updated_at: string;
  last_login_at: string | null;
  created_by: number | null;
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
