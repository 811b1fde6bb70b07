import { isWithinScope, rosterIsTarget } from '@sigap/domain';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { factsOf } from '../residents';
import { importRosterCommand } from './outreach.commands';
import { residentsByIds } from './outreach-sites.repository';
import { siteInScope } from './outreach-sites.service';
import { targetDates } from './outreach-targets';

export interface ResidentListSource {
  /** Shown as the roster's class column and in the audit ("DPT Pemilu 2029: belum rekam"). */
  label: string;
  residentIds: readonly number[];
}

export interface ResidentListReply {
  siteId: number;
  rows: number;
  /** Residents of the set living outside the site's regency: left out (the team cannot reach them there). */
  outside: number;
  targets: number;
}

/**
 * A list of residents another module has chosen (a voter-roll set: "not recorded", "PRR waiting") becomes
 * a site's roster, replacing the one it had, through the same command as a roster file (one transaction,
 * `outreach.roster_import` audit). Visits planned at the site then take their targets from it by the
 * roster rule (not recorded, wajib today or by voting day), whatever the site's kind: the office chose
 * these people on purpose, which is more precise than the village rule.
 */
export async function rosterFromResidents(
  handle: Db,
  ctx: RequestContext,
  siteId: number,
  source: ResidentListSource,
): Promise<ResidentListReply> {
  const site = await siteInScope(handle, ctx, siteId, 'outreach.plan');
  const d = await targetDates(handle, site.village_code);
  const residents = await residentsByIds(handle.db, source.residentIds);
  const inside = residents.filter((r) => isWithinScope(site.regency_code, r.village_code));
  const now = new Date().toISOString();
  const rows = inside.map((r, i) => ({
    site_id: Number(site.id),
    line: i + 1,
    nik: r.nik,
    full_name: r.full_name,
    birth_date: r.birth_date,
    class_name: source.label,
    resident_id: Number(r.id),
    mismatch: null,
    created_at: now,
  }));
  const targets = inside.filter((r) =>
    rosterIsTarget(factsOf(r), r.recording_status, d.today, d.votingDay),
  ).length;
  const summary = { fileName: source.label, rows: rows.length, matched: rows.length, targets };
  await importRosterCommand(handle, site, rows, summary, {
    actor: { id: ctx.user.id, username: ctx.user.username },
    ip: ctx.ip,
  });
  return { siteId: Number(site.id), rows: rows.length, outside: residents.length - inside.length, targets };
}
