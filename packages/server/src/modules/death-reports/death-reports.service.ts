import type { DeathReportBody, DeathReportPage, DeathReportQuery, DeathReportReply } from '@sigap/contracts';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { authorize } from '../access';
import { loadResidentInScope } from '../residents';
import { presentDeathReport } from './death-report.presenter';
import { confirmDeathCommand, rejectDeathCommand, reportDeathCommand } from './death-reports.commands';
import { findLatestForResident, listDeathReports } from './death-reports.repository';

/**
 * Deaths entered by hand (issue: a manual death needs a document number and a reason, and a second
 * officer's confirmation) until the death-registration module issues certificates. The resident is looked
 * up in the caller's scope first; outside it answers like an unknown resident.
 */
export async function latestDeathReport(
  handle: Db,
  ctx: RequestContext,
  residentId: number,
): Promise<DeathReportReply> {
  authorize(ctx.user, 'resident.read_detail');
  const resident = await loadResidentInScope(handle, ctx, residentId);
  const row = await findLatestForResident(handle.db, resident.id);
  return { report: row ? presentDeathReport(row) : null };
}

export async function reportDeath(
  handle: Db,
  ctx: RequestContext,
  residentId: number,
  body: DeathReportBody,
) {
  authorize(ctx.user, 'resident.report_death');
  const resident = await loadResidentInScope(handle, ctx, residentId);
  await reportDeathCommand(handle, resident, body, { actor: ctx.user, ip: ctx.ip });
  return latestDeathReport(handle, ctx, residentId);
}

export async function confirmDeath(handle: Db, ctx: RequestContext, residentId: number, note: string | null) {
  authorize(ctx.user, 'resident.confirm_death');
  const resident = await loadResidentInScope(handle, ctx, residentId);
  await confirmDeathCommand(handle, resident, note, { actor: ctx.user, ip: ctx.ip });
  return latestDeathReport(handle, ctx, residentId);
}

export async function rejectDeath(handle: Db, ctx: RequestContext, residentId: number, note: string) {
  authorize(ctx.user, 'resident.confirm_death');
  const resident = await loadResidentInScope(handle, ctx, residentId);
  await rejectDeathCommand(handle, resident, note, { actor: ctx.user, ip: ctx.ip });
  return latestDeathReport(handle, ctx, residentId);
}

/** The worklist of a confirming officer: reports in their scope (or the region asked, inside it). */
export async function listDeathReportsInScope(
  handle: Db,
  ctx: RequestContext,
  q: DeathReportQuery,
): Promise<DeathReportPage> {
  const scope = q.region ?? ctx.user.regionCode;
  authorize(ctx.user, 'resident.confirm_death', scope);
  const { rows, total } = await listDeathReports(handle.db, {
    scope,
    status: q.status,
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  return { items: rows.map(presentDeathReport), total, page: q.page, pageSize: q.pageSize };
}
