import { z } from 'zod';
import { IsoDate, pageOf, RegionCode } from './common';

export const AuditQuery = z.object({
  region: RegionCode.optional(),
  username: z.string().trim().max(100).optional(),
  action: z.string().trim().max(100).optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditEntry = z.object({
  id: z.number(),
  at: z.string(),
  userId: z.number().nullable(),
  username: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  regionCode: z.string().nullable(),
  /** Free-form details of the event, e.g. `{ username, role: [old, new] }` for a change. */
  summary: z.record(z.string(), z.unknown()),
  ip: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditPage = pageOf(AuditEntry);
export type AuditPage = z.infer<typeof AuditPage>;

/** Action names present in the caller's scope (the filter's choices). */
export const AuditActions = z.object({ items: z.array(z.string()) });
export type AuditActions = z.infer<typeof AuditActions>;

export const CHECKPOINT_FORMAT = 'sigap-audit-checkpoint/v1';

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

export const AuditCheckpointReply = z.object({ checkpoint: ExportedCheckpoint.nullable() });
export type AuditCheckpointReply = z.infer<typeof AuditCheckpointReply>;
