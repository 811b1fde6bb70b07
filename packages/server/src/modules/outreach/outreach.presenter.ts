import type { OutreachSite, OutreachTarget, OutreachVisit, PackTarget } from '@sigap/contracts';
import { maskNik, type OutreachTargetReason } from '@sigap/domain';
import type { ResidentRow } from '../../db/schema';
import type { SiteRow } from './outreach-sites.repository';
import type { MemberRow, VisitRow } from './outreach-visits.repository';

export function toSite(r: SiteRow): OutreachSite {
  return {
    id: Number(r.id),
    kind: r.kind,
    name: r.name,
    address: r.address,
    villageCode: r.village_code,
    villageName: r.village_name,
    regencyCode: r.regency_code,
    contactName: r.contact_name,
    contactPhone: r.contact_phone,
    rosterRows: Number(r.roster_rows ?? 0),
    demo: r.demo === 1,
  };
}

export function toVisit(v: VisitRow, site: SiteRow, members: readonly MemberRow[]): OutreachVisit {
  const mine = members.filter((m) => m.visit_id === Number(v.id));
  return {
    id: Number(v.id),
    site: toSite(site),
    visitDate: v.visit_date,
    startTime: v.start_time,
    endTime: v.end_time,
    state: v.state,
    team: mine
      .filter((m) => m.resource.startsWith('user:'))
      .map((m) => ({ userId: Number(m.resource.slice(5)), fullName: m.label, username: m.detail })),
    equipment: mine
      .filter((m) => m.resource.startsWith('item:'))
      .map((m) => ({ itemId: Number(m.resource.slice(5)), tag: m.detail, name: m.label })),
    targetCount: Number(v.target_count ?? 0),
    notes: v.notes,
    demo: v.demo === 1,
  };
}

export interface TargetSource {
  row: ResidentRow;
  reason: OutreachTargetReason;
  className: string | null;
}

/** A target in a list: the NIK masked, as in every list of people. */
export function toTarget(t: TargetSource): OutreachTarget {
  return {
    residentId: Number(t.row.id),
    nikMasked: maskNik(t.row.nik),
    fullName: t.row.full_name,
    birthDate: t.row.birth_date,
    address: t.row.address,
    villageCode: t.row.village_code,
    recordingStatus: t.row.recording_status,
    reason: t.reason,
    className: t.className,
  };
}

/** A target in the visit pack: the team matches the person's card, so the NIK is whole (audited download). */
export function toPackTarget(t: TargetSource): PackTarget {
  return { ...toTarget(t), nik: t.row.nik, sex: t.row.sex };
}
