import { createHash } from 'node:crypto';

/** The hash that links the first entry: the chain starts from a known value. */
export const GENESIS_HASH = '0'.repeat(64);

export interface HashedFields {
  at: string;
  user_id: number | null;
  username: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  region_code: string | null;
  summary: string;
  ip: string | null;
}

/**
 * Each entry's hash covers its own fields and the previous entry's hash, so editing, deleting or
 * reordering any entry breaks every link after it.
 */
export function auditHash(prevHash: string, f: HashedFields): string {
  const canonical = JSON.stringify([
    f.at,
    f.user_id,
    f.username,
    f.action,
    f.entity,
    f.entity_id,
    f.region_code,
    f.summary,
    f.ip,
  ]);
  return createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}
