import { z } from 'zod';
import type { AuditCheckpointRow } from '../../db/schema';
import { type AuditPublicKey, verifyText } from './audit-key';

export const CHECKPOINT_FORMAT = 'sigap-audit-checkpoint/v1';

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

/** The exported form: everything needed to check a regency's chain elsewhere (the province). */
export const ExportedCheckpoint = z.object({
  format: z.literal(CHECKPOINT_FORMAT),
  id: z.number().int().nullable(),
  at: z.string(),
  lastEntryId: z.number().int().positive(),
  lastEntryHash: z.string().regex(/^[0-9a-f]{64}$/),
  entryCount: z.number().int().positive(),
  keyId: z.string().regex(/^[0-9a-f]{16}$/),
  signature: z.string(),
  /** For convenience only: a verifier trusts the public key it holds, never the one inside the file. */
  publicKey: z.string(),
});
export type ExportedCheckpoint = z.infer<typeof ExportedCheckpoint>;

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
