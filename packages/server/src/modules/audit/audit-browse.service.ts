import type { AuditEntry, AuditQuery } from '@sigap/contracts';
import { addDays, dayCloseInstant, zoneOfRegion } from '@sigap/domain';
import type { AuditKeyConfig } from '../../config';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import type { AuditRow } from '../../db/schema';
import { authorize } from '../access';
import { listAuditActions, listAuditEntries } from './audit.repository';
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
 * Dates are office calendar days on the browsed region's clock (the admin's scope when no region is given;
 * WIB nationally): an entry at 23:30 WIB belongs to that day in Lampung, not to the next UTC day.
 */
function dayBounds(q: AuditQuery, scope: string): { fromAt?: string; toAt?: string } {
  const zone = zoneOfRegion(q.region ?? scope);
  return {
    ...(q.from ? { fromAt: dayCloseInstant(addDays(q.from, -1), zone).toISOString() } : {}),
    ...(q.to ? { toAt: new Date(dayCloseInstant(q.to, zone).getTime() - 1).toISOString() } : {}),
  };
}

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
      ...dayBounds(q, ctx.user.regionCode),
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
