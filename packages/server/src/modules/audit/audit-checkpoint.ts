import { CHECKPOINT_FORMAT, ExportedCheckpoint } from '@sigap/contracts';
import type { AuditCheckpointRow } from '../../db/schema';
import { type AuditPublicKey, verifyText } from './audit-key';

/** What a checkpoint vouches for: after `entryCount` entries the chain ends at `lastEntryId` with `lastEntryHash`. */
export interface CheckpointFields {
  at: string;
  lastEntryId: number;
  lastEntryHash: string;
  entryCount: number;
  keyId: string;
}

export interface Checkpoint extends CheckpointFields {
  /** The database row id where it was signed. */
  id: number | null;
  signature: string;
  /** Passed in from outside (as the province received it), not read from this database. */
  external?: boolean;
}

/**
 * The signed text: one field per line after a format tag, so no field can bleed into the next and a
 * future format cannot be confused with this one. The row id is not signed (it is known only after insert).
 */
export function canonicalCheckpoint(f: CheckpointFields): string {
  return [CHECKPOINT_FORMAT, f.at, f.lastEntryId, f.lastEntryHash, f.entryCount, f.keyId].join('\n');
}

export function checkpointOfRow(r: AuditCheckpointRow): Checkpoint {
  return {
    id: r.id,
    at: r.at,
    lastEntryId: r.last_entry_id,
    lastEntryHash: r.last_entry_hash,
    entryCount: r.entry_count,
    keyId: r.key_id,
    signature: r.signature,
  };
}

/** Why a checkpoint cannot be trusted, or null when the trusted key signed exactly these fields. */
export function forgeryReason(c: Checkpoint, key: AuditPublicKey): string | null {
  if (c.keyId !== key.keyId) return `signed by unknown key ${c.keyId.slice(0, 16)}`;
  if (!verifyText(key, canonicalCheckpoint(c), c.signature))
    return `signature does not verify with key ${key.keyId}`;
  return null;
}

export function exportCheckpoint(c: Checkpoint, key: AuditPublicKey): ExportedCheckpoint {
  const { external: _external, ...fields } = c;
  return { format: CHECKPOINT_FORMAT, ...fields, publicKey: key.pem };
}

/** Parses an exported checkpoint (JSON text); throws with the first problem. */
export function parseExportedCheckpoint(text: string): Checkpoint {
  const parsed = ExportedCheckpoint.parse(JSON.parse(text));
  const { format: _format, publicKey: _publicKey, ...c } = parsed;
  return { ...c, external: true };
}
