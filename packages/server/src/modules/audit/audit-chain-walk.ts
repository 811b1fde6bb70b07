import type { Kysely } from 'kysely';
import type { AuditRow, Database } from '../../db/schema';
import { readAuditChain } from './audit.repository';
import { auditHash, GENESIS_HASH } from './audit-hash';

/** Where a walk starts: after entry `afterId`, whose hash is `prevHash`, with `count` entries before. */
export interface ChainStart {
  afterId: number;
  prevHash: string;
  count: number;
}

export const GENESIS_START: ChainStart = { afterId: 0, prevHash: GENESIS_HASH, count: 0 };

export type ChainWalk =
  | { ok: true; entries: number; lastId: number; lastHash: string }
  | { ok: false; entries: number; brokenAt: number; reason: string };

/**
 * Walks the chain from `start` and stops at the first entry whose link or content does not match, or
 * for which `check` (given the entry and its position in the chain) returns a reason.
 */
export async function walkAuditChain(
  db: Kysely<Database>,
  start: ChainStart = GENESIS_START,
  check?: (row: AuditRow, position: number) => string | null,
): Promise<ChainWalk> {
  let prev = start.prevHash;
  let lastId = start.afterId;
  let n = start.count;
  for await (const row of readAuditChain(db, start.afterId)) {
    n++;
    const fail = (reason: string): ChainWalk => ({ ok: false, entries: n, brokenAt: row.id, reason });
    if (row.prev_hash !== prev) return fail('prev_hash does not match the previous entry');
    if (auditHash(prev, row) !== row.hash) return fail('entry content does not match its hash');
    const reason = check?.(row, n) ?? null;
    if (reason) return fail(reason);
    prev = row.hash;
    lastId = row.id;
  }
  return { ok: true, entries: n, lastId, lastHash: prev };
}
