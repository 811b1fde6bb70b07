import type { Insertable } from 'kysely';
import type { Db } from '../../db/connect';
import type { OutreachRosterRowsTable, OutreachSitesTable, OutreachTargetsTable } from '../../db/schema';
import { recordAudit } from '../audit';
import type { SiteRow } from './outreach-sites.repository';
import { insertSiteRow, replaceRosterRows, updateSiteRow } from './outreach-sites.repository';
import {
  cancelVisitRow,
  claimDays,
  insertMembers,
  insertTargets,
  insertVisitRow,
  releaseClaims,
  type VisitRow,
} from './outreach-visits.repository';

export interface By {
  actor: { id: number; username: string } | null;
  ip: string | null;
}

export async function createSiteCommand(
  handle: Db,
  row: Insertable<OutreachSitesTable>,
  by: By,
): Promise<number> {
  return handle.db.transaction().execute(async (trx) => {
    const id = await insertSiteRow(trx, row);
    await recordAudit(trx, handle.store, {
      actor: by.actor,
      action: 'outreach.site_create',
      entity: 'outreach_site',
      entityId: id,
      regionCode: row.village_code,
      summary: { kind: row.kind, name: row.name },
      ip: by.ip,
    });
    return id;
  });
}

export async function updateSiteCommand(
  handle: Db,
  site: SiteRow,
  patch: Partial<Pick<OutreachSitesTable, 'name' | 'address' | 'contact_name' | 'contact_phone'>>,
  by: By,
): Promise<void> {
  const now = new Date().toISOString();
  await handle.db.transaction().execute(async (trx) => {
    await updateSiteRow(trx, Number(site.id), { ...patch, updated_at: now });
    const old = Object.fromEntries(Object.keys(patch).map((k) => [k, site[k as keyof typeof patch]]));
    await recordAudit(trx, handle.store, {
      actor: by.actor,
      action: 'outreach.site_update',
      entity: 'outreach_site',
      entityId: Number(site.id),
      regionCode: site.village_code,
      summary: { old, new: patch },
      ip: by.ip,
    });
  });
}

/** Replaces a site's roster in one transaction with its audit entry (counts, not names). */
export async function importRosterCommand(
  handle: Db,
  site: SiteRow,
  rows: readonly Insertable<OutreachRosterRowsTable>[],
  summary: { fileName: string; rows: number; matched: number; targets: number },
  by: By,
): Promise<void> {
  await handle.db.transaction().execute(async (trx) => {
    await replaceRosterRows(trx, Number(site.id), rows);
    await recordAudit(trx, handle.store, {
      actor: by.actor,
      action: 'outreach.roster_import',
      entity: 'outreach_site',
      entityId: Number(site.id),
      regionCode: site.village_code,
      summary,
      ip: by.ip,
    });
  });
}

/** Thrown inside the planning transaction when a person or set is already out that day: rolls all back. */
export class ClaimClash extends Error {
  constructor() {
    super('outreach resources already claimed');
  }
}

export interface NewVisit {
  site: SiteRow;
  visitDate: string;
  startTime: string;
  endTime: string;
  votingDay: string | null;
  notes: string;
  demo?: boolean;
  /** `user:<id>` and `item:<id>`. */
  resources: readonly string[];
  targets: readonly Omit<Insertable<OutreachTargetsTable>, 'visit_id'>[];
}

/**
 * Plans a visit: the row, its team and equipment, one claim per member for the day (unique on resource
 * and day: the guard that keeps anyone from two places at once, however requests interleave), its frozen
 * target list and `outreach.visit_plan` audit. Throws ClaimClash when a member is already out that day.
 */
export async function planVisitCommand(handle: Db, v: NewVisit, by: By): Promise<number> {
  const now = new Date().toISOString();
  return handle.db.transaction().execute(async (trx) => {
    const id = await insertVisitRow(trx, {
      site_id: Number(v.site.id),
      village_code: v.site.village_code,
      visit_date: v.visitDate,
      start_time: v.startTime,
      end_time: v.endTime,
      state: 'planned',
      voting_day: v.votingDay,
      notes: v.notes,
      demo: v.demo ? 1 : 0,
      created_by: by.actor?.username ?? null,
      created_at: now,
      updated_at: now,
    });
    await insertMembers(trx, id, v.resources);
    if ((await claimDays(trx, id, v.resources, v.visitDate)) !== v.resources.length) throw new ClaimClash();
    await insertTargets(
      trx,
      v.targets.map((t) => ({ ...t, visit_id: id })),
    );
    await recordAudit(trx, handle.store, {
      actor: by.actor,
      action: 'outreach.visit_plan',
      entity: 'outreach_visit',
      entityId: id,
      regionCode: v.site.village_code,
      summary: {
        siteId: Number(v.site.id),
        date: v.visitDate,
        hours: `${v.startTime}-${v.endTime}`,
        resources: [...v.resources],
        targets: v.targets.length,
      },
      ip: by.ip,
    });
    return id;
  });
}

/** Cancels a planned visit and frees its team and equipment for the day. False when already cancelled. */
export async function cancelVisitCommand(handle: Db, v: VisitRow, reason: string, by: By): Promise<boolean> {
  const now = new Date().toISOString();
  return handle.db.transaction().execute(async (trx) => {
    if (!(await cancelVisitRow(trx, Number(v.id), reason, now))) return false;
    await releaseClaims(trx, Number(v.id));
    await recordAudit(trx, handle.store, {
      actor: by.actor,
      action: 'outreach.visit_cancel',
      entity: 'outreach_visit',
      entityId: Number(v.id),
      regionCode: v.village_code,
      summary: { reason },
      ip: by.ip,
    });
    return true;
  });
}
