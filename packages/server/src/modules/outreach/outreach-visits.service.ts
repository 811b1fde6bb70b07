import type {
  InviteReply,
  OutreachVisit,
  OutreachVisitList,
  PlanVisitBody,
  VisitResources,
} from '@sigap/contracts';
import { compareIsoDates, letterheadScopeOf, VISIT_PACK_CAP } from '@sigap/domain';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { authorize, inScope } from '../access';
import { recordAuditAlone } from '../audit';
import { usableEquipmentOn } from '../equipment';
import { type ExportFile, PDF_TYPE } from '../exports';
import { letterheadFor } from '../settings';
import { ClaimClash, cancelVisitCommand, planVisitCommand } from './outreach.commands';
import { outreachErrors } from './outreach.errors';
import { type TargetSource, toVisit } from './outreach.presenter';
import { inviteCommand, lettersPdf } from './outreach-invitations';
import { findSiteRow, type SiteRow } from './outreach-sites.repository';
import { siteInScope } from './outreach-sites.service';
import { siteTargets, targetDates } from './outreach-targets';
import {
  findVisitRow,
  firstClaim,
  heldResources,
  listVisitRows,
  memberRows,
  regencyOfficers,
  targetRows,
  type VisitRow,
} from './outreach-visits.repository';

const by = (ctx: RequestContext) => ({ actor: { id: ctx.user.id, username: ctx.user.username }, ip: ctx.ip });
type VisitAction = 'outreach.read' | 'outreach.plan' | 'outreach.targets' | 'outreach.field';

/** A visit and its site in the user's scope; outside it the visit does not exist (404). */
export async function visitInScope(
  handle: Db,
  ctx: RequestContext,
  id: number,
  action: VisitAction,
): Promise<{ visit: VisitRow; site: SiteRow }> {
  authorize(ctx.user, action);
  const visit = await findVisitRow(handle.db, id);
  if (!visit || !inScope(ctx.user, visit.village_code)) throw outreachErrors.visitNotFound(id);
  const site = (await findSiteRow(handle.db, Number(visit.site_id))) as SiteRow;
  return { visit, site };
}

export async function presentVisit(handle: Db, visit: VisitRow, site: SiteRow): Promise<OutreachVisit> {
  return toVisit(visit, site, await memberRows(handle.db, [Number(visit.id)]));
}

export async function listVisits(
  handle: Db,
  ctx: RequestContext,
  q: { region: string; from: string; to: string },
): Promise<OutreachVisitList> {
  authorize(ctx.user, 'outreach.read', q.region);
  const rows = await listVisitRows(handle.db, q.region, q.from, q.to);
  const members = await memberRows(
    handle.db,
    rows.map((r) => Number(r.id)),
  );
  const sites = new Map<number, SiteRow>();
  for (const r of rows) {
    const id = Number(r.site_id);
    if (!sites.has(id)) sites.set(id, (await findSiteRow(handle.db, id)) as SiteRow);
  }
  return { items: rows.map((r) => toVisit(r, sites.get(Number(r.site_id)) as SiteRow, members)) };
}

/** The regency's officers and usable recording sets for a day, each marked busy when already out. */
export async function visitResources(
  handle: Db,
  ctx: RequestContext,
  siteId: number,
  date: string,
): Promise<VisitResources> {
  const site = await siteInScope(handle, ctx, siteId, 'outreach.plan');
  const officers = await regencyOfficers(handle.db, site.regency_code);
  const items = await usableEquipmentOn(handle.db, site.regency_code, date);
  const held = await heldResources(
    handle.db,
    [...officers.map((o) => `user:${o.id}`), ...items.map((i) => `item:${i.id}`)],
    date,
  );
  return {
    officers: officers.map((o) => ({
      userId: Number(o.id),
      fullName: o.full_name,
      role: o.role,
      busy: held.has(`user:${o.id}`),
    })),
    equipment: items.map((i) => ({ itemId: i.id, tag: i.tag, name: i.name, busy: held.has(`item:${i.id}`) })),
  };
}

async function busyError(
  handle: Db,
  resources: readonly string[],
  day: string,
  names: Map<string, [string, string]>,
) {
  const c = await firstClaim(handle.db, resources, day);
  const [what, whatEn] = names.get(c?.resource ?? '') ?? ['Anggota tim', 'A team member'];
  return outreachErrors.busy(what, whatEn, c?.site_name ?? '-', day);
}

/**
 * Plans a visit of a site: hours, team (the regency's active officers) and equipment (usable that day),
 * none of them out elsewhere that day; its target list is frozen at planning (at most the pack cap).
 */
export async function planVisit(
  handle: Db,
  ctx: RequestContext,
  siteId: number,
  b: PlanVisitBody,
  /** The demo seed marks its visits and plans one in the past (a visit that already happened). */
  seed: { demo?: boolean; allowPast?: boolean } = {},
): Promise<OutreachVisit> {
  const site = await siteInScope(handle, ctx, siteId, 'outreach.plan');
  if (b.endTime <= b.startTime) throw outreachErrors.visitTimes();
  const d = await targetDates(handle, site.village_code);
  if (!seed.allowPast && compareIsoDates(b.visitDate, d.today) < 0) throw outreachErrors.visitPast();
  const officers = new Map(
    (await regencyOfficers(handle.db, site.regency_code)).map((o) => [Number(o.id), o]),
  );
  const items = new Map(
    (await usableEquipmentOn(handle.db, site.regency_code, b.visitDate)).map((i) => [i.id, i]),
  );
  const names = new Map<string, [string, string]>();
  const team = [...new Set(b.teamUserIds)];
  const kit = [...new Set(b.equipmentItemIds)];
  for (const id of team) {
    const o = officers.get(id);
    if (!o) throw outreachErrors.teamMember(id);
    names.set(`user:${id}`, [`Petugas ${o.full_name}`, `Officer ${o.full_name}`]);
  }
  for (const id of kit) {
    const i = items.get(id);
    if (!i) throw outreachErrors.equipmentItem(id);
    names.set(`item:${id}`, [`Peralatan ${i.name} (${i.tag})`, `Equipment ${i.name} (${i.tag})`]);
  }
  const resources = [...team.map((id) => `user:${id}`), ...kit.map((id) => `item:${id}`)];
  if (await firstClaim(handle.db, resources, b.visitDate))
    throw await busyError(handle, resources, b.visitDate, names);
  const targets = (await siteTargets(handle, site, d)).slice(0, VISIT_PACK_CAP);
  let id: number;
  try {
    id = await planVisitCommand(
      handle,
      {
        site,
        visitDate: b.visitDate,
        startTime: b.startTime,
        endTime: b.endTime,
        votingDay: d.votingDay,
        notes: b.notes ?? '',
        demo: seed.demo ?? false,
        resources,
        targets: targets.map((t) => ({
          resident_id: Number(t.row.id),
          reason: t.reason,
          class_name: t.className,
        })),
      },
      by(ctx),
    );
  } catch (err) {
    // The loser of a race sees the same clear answer as a request that found the day taken.
    if (err instanceof ClaimClash) throw await busyError(handle, resources, b.visitDate, names);
    throw err;
  }
  return presentVisit(handle, (await findVisitRow(handle.db, id)) as VisitRow, site);
}

export async function cancelVisit(handle: Db, ctx: RequestContext, id: number, reason: string) {
  const { visit, site } = await visitInScope(handle, ctx, id, 'outreach.plan');
  if (!(await cancelVisitCommand(handle, visit, reason, by(ctx)))) throw outreachErrors.visitState();
  return presentVisit(handle, (await findVisitRow(handle.db, id)) as VisitRow, site);
}

async function frozenTargets(handle: Db, visitId: number): Promise<TargetSource[]> {
  const rows = await targetRows(handle.db, visitId, VISIT_PACK_CAP);
  return rows.map(({ reason, class_name, ...row }) => ({ row, reason, className: class_name }));
}

export { frozenTargets };

export async function invite(handle: Db, ctx: RequestContext, id: number): Promise<InviteReply> {
  const { visit, site } = await visitInScope(handle, ctx, id, 'outreach.plan');
  if (visit.state !== 'planned') throw outreachErrors.visitState();
  return inviteCommand(handle, visit, site, await frozenTargets(handle, id), by(ctx));
}

/** Printable invitation letters of a visit's targets (names and addresses: audited like a list). */
export async function invitationLetters(handle: Db, ctx: RequestContext, id: number): Promise<ExportFile> {
  const { visit, site } = await visitInScope(handle, ctx, id, 'outreach.targets');
  const targets = await frozenTargets(handle, id);
  const { letterhead } = await letterheadFor(handle.db, letterheadScopeOf(site.village_code));
  await recordAuditAlone(handle, {
    actor: by(ctx).actor,
    action: 'outreach.invite',
    entity: 'outreach_visit',
    entityId: id,
    regionCode: site.village_code,
    summary: { channel: 'letter', letters: targets.length },
    ip: ctx.ip,
  });
  return {
    filename: `undangan-jemput-bola-${id}.pdf`,
    contentType: PDF_TYPE,
    body: await lettersPdf(letterhead, visit, site, targets),
  };
}
