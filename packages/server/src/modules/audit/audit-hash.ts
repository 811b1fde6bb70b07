import { hash } from 'node:crypto';

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

/** The entry's fields as the hash reads them (one JSON array, in this order). */
export function auditCanonical(f: HashedFields): string {
  return JSON.stringify([
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
}

/**
 * Each entry's hash covers its own fields and the previous entry's hash, so editing, deleting or
 * reordering any entry breaks every link after it: sha256 of `prevHash`, a newline and the canonical
 * fields, in hex. PostgreSQL computes the same in SQL when it appends (function `sigap_append_audit`,
 * migration 0037); the chain walk checks every entry with this function, on both engines. One-shot
 * `hash` over the joined text: the same bytes as three updates of a Hash object, for less CPU.
 */
export function auditHash(prevHash: string, f: HashedFields): string {
  return hash('sha256', `${prevHash}\n${auditCanonical(f)}`, 'hex');
}
