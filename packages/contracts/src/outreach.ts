/**
 * Jemput bola (issue 15): outreach sites, their target lists and rosters, the visit calendar with team and
 * equipment, the offline visit pack, field actions, reconciliation and reports. Messages "Indonesian|English".
 */
import {
  OUTREACH_ACTION_RESULTS,
  OUTREACH_OUTCOMES,
  OUTREACH_SITE_KINDS,
  OUTREACH_TARGET_REASONS,
  RECORDING_STATUSES,
  ROSTER_MISMATCHES,
} from '@sigap/domain';
import { z } from 'zod';
import { IsoDate, RegionCode } from './common';

const Text = (max: number, what: string) =>
  z
    .string()
    .trim()
    .min(1, `${what.split('|')[0]} wajib diisi.|${what.split('|')[1]} is required.`)
    .max(max, `Paling panjang ${max} karakter.|At most ${max} characters.`);
const Time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Jam harus berformat JJ:MM.|Time must be HH:MM.');

export const OutreachSite = z.object({
  id: z.number(),
  kind: z.enum(OUTREACH_SITE_KINDS),
  name: z.string(),
  address: z.string(),
  villageCode: z.string(),
  villageName: z.string().nullable(),
  regencyCode: z.string(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  rosterRows: z.number(),
  demo: z.boolean(),
});
export type OutreachSite = z.infer<typeof OutreachSite>;
export const OutreachSiteList = z.object({ items: z.array(OutreachSite) });
export type OutreachSiteList = z.infer<typeof OutreachSiteList>;
export const OutreachSiteQuery = z.object({ region: RegionCode });

export const CreateOutreachSiteBody = z.object({
  kind: z.enum(OUTREACH_SITE_KINDS),
  name: Text(160, 'Nama lokasi|Site name'),
  address: Text(300, 'Alamat|Address'),
  villageCode: RegionCode,
  contactName: z.string().trim().max(120).optional(),
  contactPhone: z.string().trim().max(30).optional(),
});
export type CreateOutreachSiteBody = z.infer<typeof CreateOutreachSiteBody>;
export const UpdateOutreachSiteBody = CreateOutreachSiteBody.omit({
  villageCode: true,
  kind: true,
}).partial();
export type UpdateOutreachSiteBody = z.infer<typeof UpdateOutreachSiteBody>;
export const OutreachSiteReply = z.object({ site: OutreachSite });
export type OutreachSiteReply = z.infer<typeof OutreachSiteReply>;

/** One person a visit is for. NIK masked in lists; the visit pack carries it whole (the team needs it). */
export const OutreachTarget = z.object({
  residentId: z.number(),
  nikMasked: z.string(),
  fullName: z.string(),
  birthDate: z.string(),
  address: z.string(),
  villageCode: z.string(),
  recordingStatus: z.enum(RECORDING_STATUSES),
  reason: z.enum(OUTREACH_TARGET_REASONS),
  className: z.string().nullable(),
});
export type OutreachTarget = z.infer<typeof OutreachTarget>;
export const OutreachTargetList = z.object({
  site: OutreachSite,
  referenceDate: z.string(),
  votingDay: z.string().nullable(),
  counts: z.record(z.enum(OUTREACH_TARGET_REASONS), z.number()),
  total: z.number(),
  /** At most the pack cap are listed; `total` says how many there are. */
  items: z.array(OutreachTarget),
  cap: z.number(),
});
export type OutreachTargetList = z.infer<typeof OutreachTargetList>;

/** A roster (students' CSV/XLSX: NIK, name, birth date, class) sent as base64 so a retry replays by key. */
export const RosterImportBody = z.object({
  fileName: Text(200, 'Nama berkas|File name'),
  contentBase64: z.string().min(1).max(8_000_000),
});
export type RosterImportBody = z.infer<typeof RosterImportBody>;
export const RosterUnmatched = z.object({
  line: z.number(),
  nik: z.string(),
  fullName: z.string(),
  reason: z.enum(ROSTER_MISMATCHES),
  message: z.string(),
  messageEn: z.string(),
});
export const RosterImportReply = z.object({
  rows: z.number(),
  matched: z.number(),
  targets: z.number(),
  unmatched: z.array(RosterUnmatched),
});
export type RosterImportReply = z.infer<typeof RosterImportReply>;

export const OutreachSuggestion = z.object({
  site: OutreachSite,
  notRecorded: z.number(),
  firstTimeVoters: z.number(),
  reach: z.number(),
  plannedVisits: z.number(),
});
export const OutreachSuggestionList = z.object({
  regency: z.object({ code: z.string(), name: z.string() }),
  referenceDate: z.string(),
  votingDay: z.string().nullable(),
  items: z.array(OutreachSuggestion),
});
export type OutreachSuggestionList = z.infer<typeof OutreachSuggestionList>;

export const VISIT_STATES = ['planned', 'cancelled'] as const;
export const OutreachVisit = z.object({
  id: z.number(),
  site: OutreachSite,
  visitDate: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  state: z.enum(VISIT_STATES),
  team: z.array(z.object({ userId: z.number(), fullName: z.string(), username: z.string() })),
  equipment: z.array(z.object({ itemId: z.number(), tag: z.string(), name: z.string() })),
  targetCount: z.number(),
  notes: z.string(),
  demo: z.boolean(),
});
export type OutreachVisit = z.infer<typeof OutreachVisit>;
export const OutreachVisitList = z.object({ items: z.array(OutreachVisit) });
export type OutreachVisitList = z.infer<typeof OutreachVisitList>;
export const OutreachVisitQuery = z.object({ region: RegionCode, from: IsoDate, to: IsoDate });
export const OutreachVisitReply = z.object({ visit: OutreachVisit });
export type OutreachVisitReply = z.infer<typeof OutreachVisitReply>;

export const PlanVisitBody = z.object({
  visitDate: IsoDate,
  startTime: Time,
  endTime: Time,
  teamUserIds: z
    .array(z.number().int().positive())
    .min(1, 'Pilih minimal satu petugas.|Pick at least one officer.')
    .max(20),
  equipmentItemIds: z.array(z.number().int().positive()).max(10).default([]),
  notes: z.string().trim().max(500).optional(),
});
export type PlanVisitBody = z.infer<typeof PlanVisitBody>;
export const CancelVisitBody = z.object({ reason: Text(300, 'Alasan|Reason') });

/** Who and what may go on a visit of a site on a day: the regency's officers and its usable sets. */
export const VisitResources = z.object({
  officers: z.array(
    z.object({ userId: z.number(), fullName: z.string(), role: z.string(), busy: z.boolean() }),
  ),
  equipment: z.array(z.object({ itemId: z.number(), tag: z.string(), name: z.string(), busy: z.boolean() })),
});
export type VisitResources = z.infer<typeof VisitResources>;
export const VisitResourcesQuery = z.object({ date: IsoDate });

export const InviteBody = z.object({ channel: z.enum(['whatsapp']) });
export const InviteReply = z.object({ queued: z.number(), withoutPhone: z.number() });
export type InviteReply = z.infer<typeof InviteReply>;

export const PackTarget = OutreachTarget.extend({ nik: z.string(), sex: z.enum(['L', 'P']) });
export type PackTarget = z.infer<typeof PackTarget>;
export const VisitPack = z.object({
  visit: OutreachVisit,
  generatedAt: z.string(),
  cap: z.number(),
  total: z.number(),
  truncated: z.boolean(),
  targets: z.array(PackTarget),
  /** Outcomes already on the server (another device, an earlier sync), by resident. */
  done: z.array(z.object({ residentId: z.number(), outcome: z.enum(OUTREACH_OUTCOMES) })),
});
export type VisitPack = z.infer<typeof VisitPack>;

export const FieldActionBody = z.object({
  clientId: z.uuid('clientId harus UUID.|clientId must be a UUID.'),
  clientDeviceId: Text(80, 'Perangkat|Device'),
  /** A target of the pack, or null for a walk-in identified by NIK. */
  residentId: z.number().int().positive().nullable(),
  nik: z.string().trim().max(40).optional(),
  fullName: z.string().trim().max(160).optional(),
  outcome: z.enum(OUTREACH_OUTCOMES),
  note: z.string().trim().max(500).optional(),
  /** When the team tapped it on the device (may be hours before the sync). */
  occurredAt: z.iso.datetime(),
});
export type FieldActionBody = z.infer<typeof FieldActionBody>;
export const FieldActionReply = z.object({
  clientId: z.string(),
  actionId: z.number(),
  result: z.enum(OUTREACH_ACTION_RESULTS),
  residentId: z.number().nullable(),
  outcome: z.enum(OUTREACH_OUTCOMES),
  walkIn: z.boolean(),
  message: z.string(),
  messageEn: z.string(),
  /** True when this clientId had been received before: the first answer, nothing written again. */
  repeat: z.boolean(),
});
export type FieldActionReply = z.infer<typeof FieldActionReply>;

export const UnconfirmedQuery = z.object({ days: z.coerce.number().int().min(0).max(365).default(14) });
export const UnconfirmedList = z.object({
  days: z.number(),
  recorded: z.number(),
  confirmed: z.number(),
  items: z.array(
    z.object({
      residentId: z.number(),
      nikMasked: z.string(),
      fullName: z.string(),
      recordedAt: z.string(),
      recordingStatus: z.enum(RECORDING_STATUSES),
    }),
  ),
});
export type UnconfirmedList = z.infer<typeof UnconfirmedList>;

export const HeartbeatBody = z.object({
  visitId: z.number().int().positive(),
  pending: z.number().int().min(0).max(100_000),
  oldestPendingAt: z.iso.datetime().nullable(),
});
export const HeartbeatReply = z.object({ ok: z.literal(true) });
export const DeviceQuery = z.object({
  region: RegionCode,
  hours: z.coerce.number().int().min(0).max(720).default(4),
});
export const DeviceList = z.object({
  hours: z.number(),
  items: z.array(
    z.object({
      deviceId: z.string(),
      visitId: z.number(),
      siteName: z.string(),
      visitDate: z.string(),
      user: z.string(),
      team: z.array(z.string()),
      pending: z.number(),
      oldestPendingAt: z.string().nullable(),
      lastSeenAt: z.string(),
    }),
  ),
});
export type DeviceList = z.infer<typeof DeviceList>;

export const VisitReport = z.object({
  visitId: z.number(),
  targets: z.number(),
  reached: z.number(),
  recorded: z.number(),
  absent: z.number(),
  refused: z.number(),
  biometricException: z.number(),
  conflicts: z.number(),
  walkIns: z.number(),
  firstActionAt: z.string().nullable(),
  lastActionAt: z.string().nullable(),
  minutesOnSite: z.number(),
});
export type VisitReport = z.infer<typeof VisitReport>;

export const OutreachSummaryQuery = z.object({ region: RegionCode });
export const OutreachSummary = z.object({
  region: z.string(),
  sites: z.number(),
  plannedVisits: z.number(),
  pastVisits: z.number(),
  recorded: z.number(),
  walkIns: z.number(),
  unsyncedDevices: z.number(),
});
export type OutreachSummary = z.infer<typeof OutreachSummary>;
export const DeviceParam = z.object({ id: z.string().trim().min(1).max(80) });
