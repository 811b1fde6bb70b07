import type { AuditKeyConfig } from '../../config';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import type { AuditRow } from '../../db/schema';
import { authorize } from '../access/authorize';
import { listAuditActions, listAuditEntries } from './audit.repository';
import type { AuditEntry, AuditQuery } from './audit.schema';
import { latestExportedCheckpoint } from './audit-checkpoint.service';

function toEntry(r: AuditRow): AuditEntry {
  return {
    id: r.id,
    at: r.at,
    userId: r.user_id,
    username: r.username,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    regionCode: r.region_code,
    summary: JSON.parse(r.summary) as Record<string, unknown>,
    ip: r.ip,
  };
}

/**
 * Dates are office calendar days in WIB (UTC+7), the zone of the provinces Sigap serves first; an entry
 * at 23:30 WIB belongs to that day, not to the next UTC day.
 */
const OFFICE_OFFSET = '+07:00';

/** Audit entries inside the admin's scope, newest first. */
export async function browseAudit(handle: Db, ctx: RequestContext, q: AuditQuery) {
  authorize(ctx.user, 'audit.read', q.region);
  const { rows, total } = await listAuditEntries(
    handle.db,
    {
      scope: ctx.user.regionCode,
      region: q.region,
      username: q.username?.toLowerCase(),
      action: q.action,
      fromAt: q.from ? new Date(`${q.from}T00:00:00${OFFICE_OFFSET}`).toISOString() : undefined,
      toAt: q.to ? new Date(`${q.to}T23:59:59.999${OFFICE_OFFSET}`).toISOString() : undefined,
    },
    { limit: q.pageSize, offset: (q.page - 1) * q.pageSize },
  );
  return { items: rows.map(toEntry), total, page: q.page, pageSize: q.pageSize };
}

export async function auditActions(handle: Db, ctx: RequestContext): Promise<string[]> {
  authorize(ctx.user, 'audit.read');
  return listAuditActions(handle.db, ctx.user.regionCode);
}

/** The latest signed checkpoint of the whole chain (counts and hashes only, no personal data). */
export async function auditCheckpoint(handle: Db, ctx: RequestContext, keyConfig: AuditKeyConfig) {
  authorize(ctx.user, 'audit.read');
  return { checkpoint: await latestExportedCheckpoint(handle.db, keyConfig) };
}
