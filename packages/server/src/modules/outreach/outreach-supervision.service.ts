import type { DeviceList, OutreachSummary, VisitReport } from '@sigap/contracts';
import { officeToday } from '@sigap/domain';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { authorize } from '../access';
import { outreachErrors } from './outreach.errors';
import {
  actionTotals,
  findDevice,
  staleDeviceCount,
  staleDevices,
  upsertDevice,
  visitActionRows,
  visitAndSiteCounts,
} from './outreach-actions.repository';
import { memberRows } from './outreach-visits.repository';
import { visitInScope } from './outreach-visits.service';

/** A device says how much it still holds: the supervisor sees a device whose oldest item is getting old. */
export async function heartbeat(
  handle: Db,
  ctx: RequestContext,
  deviceId: string,
  b: { visitId: number; pending: number; oldestPendingAt: string | null },
): Promise<{ ok: true }> {
  const { visit } = await visitInScope(handle, ctx, b.visitId, 'outreach.field');
  const known = await findDevice(handle.db, deviceId);
  if (known && known.username !== ctx.user.username) throw outreachErrors.deviceOther();
  await upsertDevice(handle.db, {
    device_id: deviceId,
    visit_id: Number(visit.id),
    region_code: visit.village_code,
    username: ctx.user.username,
    pending: b.pending,
    oldest_pending_at: b.pending > 0 ? b.oldestPendingAt : null,
    last_seen_at: new Date().toISOString(),
  });
  return { ok: true };
}

/** Devices holding unsynced items older than `hours`, with their visit's team. */
export async function devicesBehind(
  handle: Db,
  ctx: RequestContext,
  region: string,
  hours: number,
  now: Date = new Date(),
): Promise<DeviceList> {
  authorize(ctx.user, 'outreach.read', region);
  const rows = await staleDevices(
    handle.db,
    region,
    new Date(now.getTime() - hours * 3_600_000).toISOString(),
  );
  const members = await memberRows(handle.db, [...new Set(rows.map((r) => Number(r.visit_id)))]);
  return {
    hours,
    items: rows.map((r) => ({
      deviceId: r.device_id,
      visitId: Number(r.visit_id),
      siteName: r.site_name,
      visitDate: r.visit_date,
      user: r.username,
      team: members
        .filter((m) => m.visit_id === Number(r.visit_id) && m.resource.startsWith('user:'))
        .map((m) => m.label),
      pending: r.pending,
      oldestPendingAt: r.oldest_pending_at,
      lastSeenAt: r.last_seen_at,
    })),
  };
}

/** Targets vs reached vs recorded, walk-ins and time on site (first to last action on the devices). */
export async function visitReport(handle: Db, ctx: RequestContext, id: number): Promise<VisitReport> {
  const { visit } = await visitInScope(handle, ctx, id, 'outreach.read');
  const actions = await visitActionRows(handle.db, id);
  const latest = new Map<number, (typeof actions)[number]>();
  for (const a of actions)
    if (a.resident_id !== null && a.walk_in === 0) latest.set(Number(a.resident_id), a);
  const count = (o: string) => actions.filter((a) => a.outcome === o && a.result === 'applied').length;
  const times = actions.map((a) => a.occurred_at).sort();
  const first = times[0] ?? null;
  const last = times[times.length - 1] ?? null;
  return {
    visitId: id,
    targets: Number(visit.target_count),
    reached: [...latest.values()].filter((a) => a.outcome !== 'absent').length,
    recorded: count('recorded'),
    absent: count('absent'),
    refused: count('refused'),
    biometricException: count('biometric_exception'),
    conflicts: actions.filter((a) => a.result === 'conflict_already_recorded').length,
    walkIns: actions.filter((a) => a.walk_in === 1).length,
    firstActionAt: first,
    lastActionAt: last,
    minutesOnSite: first && last ? Math.round((Date.parse(last) - Date.parse(first)) / 60_000) : 0,
  };
}

/** The command center's outreach figures of a region (the dashboard card shows exactly these). */
export async function outreachSummary(
  handle: Db,
  ctx: RequestContext,
  region: string,
): Promise<OutreachSummary> {
  authorize(ctx.user, 'outreach.read', region);
  const today = officeToday(region);
  const counts = await visitAndSiteCounts(handle.db, region, today);
  const totals = await actionTotals(handle.db, region);
  const stale = await staleDeviceCount(handle.db, region, new Date(Date.now() - 4 * 3_600_000).toISOString());
  return {
    region,
    sites: counts.sites,
    plannedVisits: counts.planned,
    pastVisits: counts.past,
    recorded: totals.recorded,
    walkIns: totals.walkIns,
    unsyncedDevices: stale,
  };
}
