import type { Role } from './roles';

/**
 * Every action a service may check, with the roles allowed to do it. Region scope is checked separately
 * (see `isWithinScope`); this table answers only "may this role do this at all".
 * Later modules add their actions here so the whole access policy stays readable in one place.
 */
export const PERMISSIONS = {
  'region.read': ['*'],
  'user.read': ['superadmin', 'admin_provinsi'],
  'user.manage': ['superadmin', 'admin_provinsi'],
  'audit.read': ['superadmin', 'admin_provinsi'],
  /** Search and list residents (NIK masked). */
  'resident.read': ['superadmin', 'admin_provinsi', 'operator_kabkota', 'petugas_loket', 'petugas_lapangan'],
  /** Open one resident with the full NIK and family card number; every opening is audited. */
  'resident.read_detail': [
    'superadmin',
    'admin_provinsi',
    'operator_kabkota',
    'petugas_loket',
    'petugas_lapangan',
  ],
  /**
   * The residents behind a count (not recorded, PRR waiting, to re-record) of a district or village, with
   * address and phone, as a page, an XLSX or a printable list for door-to-door work; every list is audited.
   */
  'resident.field_list': [
    'superadmin',
    'admin_provinsi',
    'operator_kabkota',
    'petugas_loket',
    'petugas_lapangan',
  ],
  /** Change a resident's statuses by hand (the counter, the field, a correction). */
  'resident.write': ['superadmin', 'operator_kabkota', 'petugas_loket', 'petugas_lapangan'],
  /** Report a death by hand (it waits for a second officer; manual-changes.ts says who changes what). */
  'resident.report_death': ['superadmin', 'operator_kabkota', 'petugas_loket', 'petugas_lapangan'],
  /** Confirm or reject another officer's death report: the resident is then marked deceased, or not. */
  'resident.confirm_death': ['superadmin', 'operator_kabkota'],
  'resident.import': ['superadmin', 'admin_provinsi', 'operator_kabkota'],
  /** Aggregates only: every role that watches progress, pimpinan included. */
  'coverage.read': [
    'superadmin',
    'admin_provinsi',
    'operator_kabkota',
    'pimpinan',
    'petugas_loket',
    'petugas_lapangan',
  ],
  /** Take a coverage snapshot now (besides the automatic one at the local day close). */
  'snapshot.take': ['superadmin', 'admin_provinsi', 'operator_kabkota'],
  /** A regency sends its daily report to the province. */
  'report.submit': ['operator_kabkota'],
  'report.read': ['superadmin', 'admin_provinsi', 'operator_kabkota', 'pimpinan'],
  /** The province approves or returns a regency's report. */
  'report.review': ['superadmin', 'admin_provinsi'],
  /** Office settings: report cutoff hour, regency populations, public dashboard switch (and letterheads). */
  'settings.manage': ['superadmin', 'admin_provinsi'],
  /**
   * The letterhead (kop surat) and signatory of an office's PDF reports: every regency/city office keeps
   * its own, so its operator edits it; the province admin edits the province's and its regencies'.
   */
  'letterhead.manage': ['superadmin', 'admin_provinsi', 'operator_kabkota'],
  'election.read': ['*'],
  'election.manage': ['superadmin', 'admin_provinsi'],
  /** Service points (offices, UPT, MPP, mobile units), their hours, closures, sessions and capacity. */
  'service_point.read': [
    'superadmin',
    'admin_provinsi',
    'pimpinan',
    'operator_kabkota',
    'petugas_loket',
    'petugas_lapangan',
  ],
  /** Add or change a service point, its closures and extra sessions (region scoped). */
  'service_point.manage': ['superadmin', 'admin_provinsi', 'operator_kabkota'],
  /** The bookings of a point (online and invited), with name and NIK, for the office's day plan. */
  'booking.read': ['superadmin', 'admin_provinsi', 'operator_kabkota', 'petugas_loket'],
  /** Invite residents from the registry (a village, not-recorded wajib, first-time voters) into sessions. */
  'booking.invite': ['superadmin', 'operator_kabkota', 'petugas_loket'],
  /** The queue of a point: tickets waiting, called and served (the counter and the entrance see it). */
  'queue.read': ['superadmin', 'admin_provinsi', 'operator_kabkota', 'petugas_loket', 'pimpinan'],
  /** Issue a walk-in ticket at the entrance, or check a booked resident in (QR or code). */
  'queue.issue': ['superadmin', 'operator_kabkota', 'petugas_loket'],
  /** Work a counter: call next, call a ticket, recall, no-show, re-queue, transfer, finish with an outcome. */
  'queue.serve': ['superadmin', 'operator_kabkota', 'petugas_loket'],
  /** Record an IKD (digital ID) activation for a resident. */
  'ikd.activate': ['superadmin', 'operator_kabkota', 'petugas_loket'],
  /** The satisfaction index (SKM) and waiting/service times per point, counter and service, and its export. */
  'skm.read': ['superadmin', 'admin_provinsi', 'operator_kabkota', 'pimpinan'],
  /** Stock cards of blanko, ribbon, film and ink, shipments, requests and days of cover (issue 13). */
  'stock.read': ['superadmin', 'admin_provinsi', 'operator_kabkota', 'pimpinan'],
  /** Move stock at an office: receive, ship, proof of delivery, consume, spoil, adjust, physical count. */
  'stock.move': ['superadmin', 'admin_provinsi', 'operator_kabkota'],
  /** Draft and submit a request to the office above (regency → province, province → centre). */
  'stock.request': ['superadmin', 'admin_provinsi', 'operator_kabkota'],
  /** Approve (possibly another quantity), reject or ship a request as the supplying office. */
  'stock.approve': ['superadmin', 'admin_provinsi'],
  /** Recording sets, card printers and the province's pool: items, status, incidents, loans and calendar. */
  'equipment.read': ['superadmin', 'admin_provinsi', 'pimpinan', 'operator_kabkota', 'petugas_loket'],
  /** Add or change an office's equipment and report a breakdown, a repair or its return to service. */
  'equipment.manage': ['superadmin', 'admin_provinsi', 'operator_kabkota'],
  /** The province's pool: its operators, and lending items with operators to a regency (reserve, cancel). */
  'equipment.lend': ['superadmin', 'admin_provinsi'],
  /**
   * Confirm a loan's arrival (the receiving regency only) or its return (the regency, or the province
   * when the regency does not: the item must come back into the pool).
   */
  'equipment.confirm': ['superadmin', 'admin_provinsi', 'operator_kabkota'],
  /** The print queue of an office (PRR residents waiting for their card) and the blanko reconciliation. */
  'print.read': ['superadmin', 'admin_provinsi', 'operator_kabkota', 'petugas_loket', 'pimpinan'],
  /** Print a card (or record a spoiled one) at the office: consumes blanko, ribbon and film. */
  'print.write': ['superadmin', 'operator_kabkota', 'petugas_loket'],
  /** Hand a printed card over to the resident or a family member. */
  'print.handover': ['superadmin', 'operator_kabkota', 'petugas_loket'],
  /** Sukets (temporary certificates) of a region: list, open, download the PDF, failed deliveries. */
  'suket.read': ['superadmin', 'admin_provinsi', 'operator_kabkota', 'petugas_loket', 'pimpinan'],
  /** Issue a suket to a recorded resident who cannot be printed now (one or a batch for an election). */
  'suket.issue': ['superadmin', 'operator_kabkota', 'petugas_loket'],
  /** Revoke a suket by hand with a reason; set an election's suket policy; rotate the signing key. */
  'suket.revoke': ['superadmin', 'admin_provinsi', 'operator_kabkota'],
  'suket.manage': ['superadmin', 'admin_provinsi'],
  /** The offline verifier page of a polling-station officer (public verification needs no login). */
  'suket.verify': ['superadmin', 'admin_provinsi', 'operator_kabkota', 'verifikator'],
  /** Jemput bola (issue 15): outreach sites, the visit calendar, suggestions and visit reports (no names). */
  'outreach.read': ['superadmin', 'admin_provinsi', 'operator_kabkota', 'petugas_lapangan', 'pimpinan'],
  /** The people behind an outreach visit: target lists, roster matches, the visit pack, unconfirmed recordings. */
  'outreach.targets': ['superadmin', 'admin_provinsi', 'operator_kabkota', 'petugas_lapangan'],
  /** Add sites, import rosters, plan and cancel visits with their team and equipment, send invitations. */
  'outreach.plan': ['superadmin', 'admin_provinsi', 'operator_kabkota'],
  /** The field team on site: record outcomes (recorded, absent, refused, biometric exception), walk-ins. */
  'outreach.field': ['superadmin', 'operator_kabkota', 'petugas_lapangan'],
  /**
   * Voter-roll (DPT/DP4) cross-checks: the classification summary, the lists (NIK masked), their XLSX and
   * the KPU evidence export; every list opened is audited.
   */
  'voter_roll.read': ['superadmin', 'admin_provinsi', 'operator_kabkota'],
  /** Import a voter-roll extract for an election, and use a set of it (invitations, outreach). */
  'voter_roll.import': ['superadmin', 'admin_provinsi', 'operator_kabkota'],
  /**
   * The burial register (issue 16). A cemetery manager enters burials at the cemeteries assigned to them
   * (the service checks the cemetery_managers link); the regency office may enter on a manager's behalf.
   */
  'burial.enter': ['superadmin', 'operator_kabkota', 'pengelola_makam'],
  /** The office's worklist of burials (death leads), their match candidates and the figures. */
  'burial.read': ['superadmin', 'admin_provinsi', 'operator_kabkota', 'pimpinan'],
  /** Match a burial to a resident, dismiss it with a reason, issue its death certificate, annul one. */
  'burial.process': ['superadmin', 'operator_kabkota'],
  /** Add a cemetery of a region (its managers are linked when their accounts are created). */
  'cemetery.manage': ['superadmin', 'admin_provinsi', 'operator_kabkota'],
  /** The background job list (state, attempts, last error): an operations view of the whole server. */
  'job.read': ['superadmin'],
  /** The notification outbox of a region: who was sent what, and whether it arrived. */
  'message.read': ['superadmin', 'admin_provinsi', 'operator_kabkota', 'petugas_loket'],
  /** Send a message by hand: open its wa.me link (recorded). */
  'message.send_by_hand': ['superadmin', 'admin_provinsi', 'operator_kabkota', 'petugas_loket'],
} as const satisfies Record<string, readonly (Role | '*')[]>;

export type Action = keyof typeof PERMISSIONS;

/** Whether `role` may perform `action` anywhere (scope is a separate check). */
export function roleMay(role: Role, action: Action): boolean {
  const allowed: readonly string[] = PERMISSIONS[action];
  return allowed.includes('*') || allowed.includes(role);
}
