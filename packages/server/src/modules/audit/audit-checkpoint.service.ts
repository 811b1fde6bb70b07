import type { ExportedCheckpoint } from '@sigap/contracts';
import type { Kysely } from 'kysely';
import type { AuditKeyConfig } from '../../config';
import type { Database } from '../../db/schema';
import { auditEntryHash, lastAuditEntryId } from './audit.repository';
import { GENESIS_START, walkAuditChain } from './audit-chain-walk';
import {
  type Checkpoint,
  canonicalCheckpoint,
  checkpointOfRow,
  exportCheckpoint,
  forgeryReason,
} from './audit-checkpoint';
import { checkpointCovering, insertCheckpoint, listCheckpoints } from './audit-checkpoint.repository';
import { type AuditPublicKey, type AuditSigningKey, loadPublicKey, signText } from './audit-key';

/** How far back to look for a checkpoint that verifies, past rows a forger may have added on top. */
const SEARCH_DEPTH = 50;

/** The newest stored checkpoint whose signature the key verifies, or null. */
export async function latestTrustedCheckpoint(
  db: Kysely<Database>,
  key: AuditPublicKey,
): Promise<Checkpoint | null> {
  for (const row of await listCheckpoints(db, SEARCH_DEPTH)) {
    const c = checkpointOfRow(row);
    if (forgeryReason(c, key) === null) return c;
  }
  return null;
}

export type CheckpointOutcome =
  | { status: 'created' | 'unchanged'; checkpoint: Checkpoint }
  | { status: 'empty' }
  /** The chain no longer matches the last checkpoint or is broken: signing it would anchor the damage. */
  | { status: 'refused'; reason: string };

/**
 * Signs a checkpoint of the chain as it stands, when it grew since the latest trusted checkpoint. Only
 * the entries added since then are walked (and checked), so a periodic checkpoint stays cheap; the
 * first one walks the whole chain.
 */
export async function takeCheckpoint(
  db: Kysely<Database>,
  key: AuditSigningKey,
  now = new Date(),
): Promise<CheckpointOutcome> {
  const previous = await latestTrustedCheckpoint(db, key);
  const lastId = await lastAuditEntryId(db);
  if (previous) {
    if (lastId < previous.lastEntryId) {
      return { status: 'refused', reason: `the chain ends at ${lastId}, before checkpoint ${previous.id}` };
    }
    if ((await auditEntryHash(db, previous.lastEntryId)) !== previous.lastEntryHash) {
      return {
        status: 'refused',
        reason: `entry ${previous.lastEntryId} no longer matches checkpoint ${previous.id}`,
      };
    }
    if (lastId === previous.lastEntryId) return { status: 'unchanged', checkpoint: previous };
  }
  const start = previous
    ? { afterId: previous.lastEntryId, prevHash: previous.lastEntryHash, count: previous.entryCount }
    : GENESIS_START;
  const walk = await walkAuditChain(db, start);
  if (!walk.ok) return { status: 'refused', reason: `broken at entry ${walk.brokenAt}: ${walk.reason}` };
  if (walk.entries === 0) return { status: 'empty' };
  const fields = {
    at: now.toISOString(),
    lastEntryId: walk.lastId,
    lastEntryHash: walk.lastHash,
    entryCount: walk.entries,
    keyId: key.keyId,
  };
  const signature = signText(key, canonicalCheckpoint(fields));
  const id = await insertCheckpoint(db, {
    at: fields.at,
    last_entry_id: fields.lastEntryId,
    last_entry_hash: fields.lastEntryHash,
    entry_count: fields.entryCount,
    key_id: fields.keyId,
    signature,
  });
  if (id !== undefined) return { status: 'created', checkpoint: { id, ...fields, signature } };
  // Another instance covered the same entry first; its checkpoint is as good as ours.
  const theirs = await checkpointCovering(db, fields.lastEntryId);
  if (!theirs) throw new Error('audit checkpoint vanished after a conflicting insert');
  return { status: 'unchanged', checkpoint: checkpointOfRow(theirs) };
}

/** The latest trusted checkpoint in its exported form, or null (no key yet, or nothing signed yet). */
export async function latestExportedCheckpoint(
  db: Kysely<Database>,
  keyConfig: AuditKeyConfig,
): Promise<ExportedCheckpoint | null> {
  const key = loadPublicKey(keyConfig);
  if (!key) return null;
  const latest = await latestTrustedCheckpoint(db, key);
  return latest ? exportCheckpoint(latest, key) : null;
}
