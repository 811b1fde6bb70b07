import {
  needsRerecording,
  type OutreachSiteKind,
  officeToday,
  ROSTER_SITE_KINDS,
  rosterIsTarget,
  villageTargetReason,
} from '@sigap/domain';
import type { Db } from '../../db/connect';
import { electionConcerns, electionsFrom } from '../elections';
import { belongsOn, fieldListCandidates } from '../field-lists';
import { factsOf } from '../residents';
import type { TargetSource } from './outreach.presenter';
import { hasRoster, matchedRoster } from './outreach-sites.repository';

export interface TargetDates {
  today: string;
  votingDay: string | null;
}

/** Today on the site's clock and the voting day of the next election that concerns its village. */
export async function targetDates(handle: Db, village: string, now: Date = new Date()): Promise<TargetDates> {
  const today = officeToday(village, now);
  const next = (await electionsFrom(handle, today)).find((e) => electionConcerns(e, village));
  return { today, votingDay: next?.votingDate ?? null };
}

/**
 * The people of a village a visit would reach. "Wajib, not recorded" is the field list's own rule
 * (`belongsOn('not_recorded')`, the counters' "belum rekam"), so the figure matches the dashboard; the
 * rest are first-time voters (17 by voting day) not recorded yet.
 */
export async function villageTargets(handle: Db, village: string, d: TargetDates): Promise<TargetSource[]> {
  const rows = await fieldListCandidates(handle.db, village, 'not_recorded');
  const out: TargetSource[] = [];
  for (const row of rows) {
    if (belongsOn('not_recorded', row, d.today)) {
      const reason = needsRerecording(row.recording_status) ? 'needs_rerecording' : 'not_recorded';
      out.push({ row, reason, className: null });
      continue;
    }
    const reason = villageTargetReason(factsOf(row), row.recording_status, d.today, d.votingDay);
    if (reason === 'first_time_voter') out.push({ row, reason, className: null });
  }
  return out;
}

/** A school's students or a prison's inmates from its roster who are targets (see rosterIsTarget). */
export async function rosterTargets(handle: Db, siteId: number, d: TargetDates): Promise<TargetSource[]> {
  const rows = await matchedRoster(handle.db, siteId);
  return rows
    .filter((r) => rosterIsTarget(factsOf(r), r.recording_status, d.today, d.votingDay))
    .map(({ class_name, ...row }) => ({ row, reason: 'roster' as const, className: class_name }));
}

/**
 * The targets of a site: from its roster for schools and prisons, and for any site given a list of
 * residents on purpose (a voter-roll set, see outreach-roster-sets.ts); else from its village.
 */
export async function siteTargets(
  handle: Db,
  site: { id: number; kind: OutreachSiteKind; village_code: string },
  d: TargetDates,
): Promise<TargetSource[]> {
  const fromRoster = ROSTER_SITE_KINDS.includes(site.kind) || (await hasRoster(handle.db, Number(site.id)));
  return fromRoster
    ? rosterTargets(handle, Number(site.id), d)
    : villageTargets(handle, site.village_code, d);
}
