import type { AuditAction } from '@sigap/domain';
import type { Kysely } from 'kysely';
import type { Db } from '../../db/connect';
import type { EngineStore } from '../../db/engine/engine-store';
import type { Database } from '../../db/schema';
import { appendAuditEntry } from './audit.repository';
import { walkAuditChain } from './audit-chain-walk';

export interface AuditEvent {
  /** Null for events without a logged-in user (a failed login, the CLI). */
  actor: { id: number; username: string } | null;
  /** One of the codes in @sigap/domain's AUDIT_ACTION_LABELS, so the audit page can name it. */
  action: AuditAction;
  entity: string;
  entityId: string | number | null;
  regionCode: string | null;
  /** What changed; never a password or a secret. */
  summary: Record<string, unknown>;
  ip: string | null;
}

/** Records an audit event inside the caller's transaction (see appendAuditEntry). */
export async function recordAudit(trx: Kysely<Database>, store: EngineStore, e: AuditEvent): Promise<number> {
  return appendAuditEntry(trx, store, {
    at: new Date().toISOString(),
    user_id: e.actor?.id ?? null,
    username: e.actor?.username ?? null,
    action: e.action,
    entity: e.entity,
    entity_id: e.entityId === null ? null : String(e.entityId),
    region_code: e.regionCode,
    summary: JSON.stringify(e.summary),
    ip: e.ip,
  });
}

/** Records an event that is its own write (e.g. a login), in a transaction of its own. */
export async function recordAuditAlone(handle: Db, e: AuditEvent): Promise<number> {
  return handle.db.transaction().execute((trx) => recordAudit(trx, handle.store, e));
}

export type AuditVerification =
  | { ok: true; entries: number }
  | { ok: false; entries: number; brokenAt: number; reason: string };

/** Walks the whole chain and reports the first entry whose link or content does not match. */
export async function verifyAuditChain(db: Kysely<Database>): Promise<AuditVerification> {
  const walk = await walkAuditChain(db);
  return walk.ok ? { ok: true, entries: walk.entries } : walk;
}
