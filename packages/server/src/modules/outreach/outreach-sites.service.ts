import type {
  CreateOutreachSiteBody,
  OutreachSite,
  OutreachSiteList,
  OutreachTargetList,
  RosterImportBody,
  RosterImportReply,
  UpdateOutreachSiteBody,
} from '@sigap/contracts';
import {
  OUTREACH_TARGET_REASONS,
  ROSTER_SITE_KINDS,
  regionLevel,
  rosterIsTarget,
  VISIT_PACK_CAP,
} from '@sigap/domain';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { authorize, inScope } from '../access';
import { recordAuditAlone } from '../audit';
import { findRegionByCode } from '../regions';
import { factsOf } from '../residents';
import { createSiteCommand, importRosterCommand, updateSiteCommand } from './outreach.commands';
import { outreachErrors } from './outreach.errors';
import { toSite, toTarget } from './outreach.presenter';
import { MISMATCH_TEXT, matchRosterLine, readRoster } from './outreach-roster';
import { findSiteRow, listSiteRows, residentsByNik, type SiteRow } from './outreach-sites.repository';
import { siteTargets, targetDates } from './outreach-targets';

const by = (ctx: RequestContext) => ({ actor: { id: ctx.user.id, username: ctx.user.username }, ip: ctx.ip });

/** A site the user may act on with `action`; outside the scope it does not exist (404, nothing said). */
export async function siteInScope(
  handle: Db,
  ctx: RequestContext,
  id: number,
  action: 'outreach.read' | 'outreach.plan' | 'outreach.targets',
): Promise<SiteRow> {
  authorize(ctx.user, action);
  const site = await findSiteRow(handle.db, id);
  if (!site || !inScope(ctx.user, site.village_code)) throw outreachErrors.siteNotFound(id);
  return site;
}

export async function listSites(handle: Db, ctx: RequestContext, region: string): Promise<OutreachSiteList> {
  authorize(ctx.user, 'outreach.read', region);
  return { items: (await listSiteRows(handle.db, region)).map(toSite) };
}

export async function createSite(
  handle: Db,
  ctx: RequestContext,
  b: CreateOutreachSiteBody,
  /** Set by the demo seed only: its sites say "(demo)" and are flagged so. */
  demo = false,
): Promise<OutreachSite> {
  authorize(ctx.user, 'outreach.plan', b.villageCode);
  const village = await findRegionByCode(handle.db, b.villageCode);
  if (!village || regionLevel(b.villageCode) !== 'village') throw outreachErrors.siteVillage();
  const now = new Date().toISOString();
  const id = await createSiteCommand(
    handle,
    {
      kind: b.kind,
      name: b.name,
      address: b.address,
      village_code: b.villageCode,
      regency_code: b.villageCode.split('.').slice(0, 2).join('.'),
      contact_name: b.contactName || null,
      contact_phone: b.contactPhone || null,
      demo: demo ? 1 : 0,
      created_at: now,
      updated_at: now,
    },
    by(ctx),
  );
  return toSite((await findSiteRow(handle.db, id)) as SiteRow);
}

export async function updateSite(
  handle: Db,
  ctx: RequestContext,
  id: number,
  b: UpdateOutreachSiteBody,
): Promise<OutreachSite> {
  const site = await siteInScope(handle, ctx, id, 'outreach.plan');
  const patch = {
    ...(b.name !== undefined ? { name: b.name } : {}),
    ...(b.address !== undefined ? { address: b.address } : {}),
    ...(b.contactName !== undefined ? { contact_name: b.contactName || null } : {}),
    ...(b.contactPhone !== undefined ? { contact_phone: b.contactPhone || null } : {}),
  };
  if (Object.keys(patch).length > 0) await updateSiteCommand(handle, site, patch, by(ctx));
  return toSite((await findSiteRow(handle.db, id)) as SiteRow);
}

/** The site's target list (names, masked NIKs) as of today: audited, it holds personal data. */
export async function siteTargetList(
  handle: Db,
  ctx: RequestContext,
  id: number,
): Promise<OutreachTargetList> {
  const site = await siteInScope(handle, ctx, id, 'outreach.targets');
  const d = await targetDates(handle, site.village_code);
  const all = await siteTargets(handle, site, d);
  const counts = Object.fromEntries(
    OUTREACH_TARGET_REASONS.map((r) => [r, all.filter((t) => t.reason === r).length]),
  ) as OutreachTargetList['counts'];
  await recordAuditAlone(handle, {
    actor: by(ctx).actor,
    action: 'outreach.targets',
    entity: 'outreach_site',
    entityId: id,
    regionCode: site.village_code,
    summary: { total: all.length, referenceDate: d.today },
    ip: ctx.ip,
  });
  return {
    site: toSite(site),
    referenceDate: d.today,
    votingDay: d.votingDay,
    counts,
    total: all.length,
    items: all.slice(0, VISIT_PACK_CAP).map(toTarget),
    cap: VISIT_PACK_CAP,
  };
}

/** Reads a school's or prison's roster, matches every row and replaces the site's roster. */
export async function importRoster(
  handle: Db,
  ctx: RequestContext,
  id: number,
  b: RosterImportBody,
): Promise<RosterImportReply> {
  const site = await siteInScope(handle, ctx, id, 'outreach.plan');
  if (!ROSTER_SITE_KINDS.includes(site.kind)) throw outreachErrors.rosterKind();
  const lines = await readRoster(b.fileName, Buffer.from(b.contentBase64, 'base64'));
  const d = await targetDates(handle, site.village_code);
  const byNik = new Map(
    (
      await residentsByNik(
        handle.db,
        lines.map((l) => l.nik),
      )
    ).map((r) => [r.nik, r]),
  );
  const now = new Date().toISOString();
  const unmatched: RosterImportReply['unmatched'] = [];
  let targets = 0;
  const rows = lines.map((l) => {
    const m = matchRosterLine(l, byNik, site.regency_code, d.today);
    if ('mismatch' in m) {
      const [message, messageEn] = MISMATCH_TEXT[m.mismatch];
      unmatched.push({
        line: l.line,
        nik: l.nik,
        fullName: l.fullName,
        reason: m.mismatch,
        message,
        messageEn,
      });
    } else if (rosterIsTarget(factsOf(m.resident), m.resident.recording_status, d.today, d.votingDay)) {
      targets++;
    }
    return {
      site_id: Number(site.id),
      line: l.line,
      nik: l.nik,
      full_name: l.fullName,
      birth_date: l.birthDate,
      class_name: l.className,
      resident_id: 'resident' in m ? Number(m.resident.id) : null,
      mismatch: 'mismatch' in m ? m.mismatch : null,
      created_at: now,
    };
  });
  const summary = { rows: rows.length, matched: rows.length - unmatched.length, targets };
  await importRosterCommand(handle, site, rows, { fileName: b.fileName, ...summary }, by(ctx));
  return { ...summary, unmatched };
}
