import type { RegionLevel, Role } from '@sigap/domain';

/** Shapes of the API's JSON answers (see the server's OpenAPI spec); dates arrive as ISO strings. */
export interface User {
  id: number;
  username: string;
  fullName: string;
  role: Role;
  regionCode: string;
  regionName: string;
  active: boolean;
  createdAt: string;
  lastLoginAt: string | null;
}

export interface Session {
  user: User;
  csrfToken: string;
}

export interface Region {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
}

export interface RegionWithPath extends Region {
  path: string;
}

export interface RegionDetail {
  region: Region;
  /** Root first, excluding the region itself. */
  ancestors: Region[];
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface AuditEntry {
  id: number;
  at: string;
  userId: number | null;
  username: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  regionCode: string | null;
  /** Free-form details of the event, e.g. `{ username, role: [old, new] }` for a change. */
  summary: Record<string, unknown> | string;
  ip: string | null;
}

export interface Health {
  status: 'ok';
  database: 'sqlite' | 'postgres';
  version: string;
}
