import { VOTER_ROLL_CLASSES } from '@sigap/domain';
import { z } from 'zod';
import { ElectionRef, IsoDate, pageOf, RegionCode } from './common';
import { ImportJob } from './imports';

export const VoterRollClassSchema = z.enum(VOTER_ROLL_CLASSES);

/** Starts the cross-check of an uploaded roll extract (POST /api/v1/imports/uploads first). */
export const StartVoterRollBody = z.object({
  uploadId: z.string().uuid('ID unggahan tidak valid.|Invalid upload id.'),
  electionId: z.number().int().positive(),
  /** The roll's region: a province, regency, district or village inside your scope. */
  region: RegionCode,
  name: z.string().trim().min(1).max(200).optional(),
});
export type StartVoterRollBody = z.infer<typeof StartVoterRollBody>;

export const ClassCounts = z.record(z.string(), z.number());

export const VoterRoll = z.object({
  id: z.number(),
  name: z.string(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  election: ElectionRef,
  demo: z.boolean(),
  classifiedAt: z.string().nullable(),
  createdAt: z.string(),
  job: ImportJob,
});
export type VoterRoll = z.infer<typeof VoterRoll>;
export const VoterRollReply = z.object({ roll: VoterRoll });
export const VoterRollList = z.object({ items: z.array(VoterRoll) });

export const VoterRollSummaryQuery = z.object({ region: RegionCode.optional() });
export const VoterRollSummaryRow = z.object({
  code: z.string(),
  name: z.string().nullable(),
  level: z.string().nullable(),
  counts: ClassCounts,
  total: z.number(),
});
export const VoterRollSummary = z.object({
  region: z.object({ code: z.string(), name: z.string().nullable(), level: z.string() }),
  /** Counts of the whole region, per class (zero classes included). */
  counts: ClassCounts,
  rows: z.array(VoterRollSummaryRow),
});
export type VoterRollSummary = z.infer<typeof VoterRollSummary>;

export const VoterRollRowsQuery = z.object({
  class: VoterRollClassSchema,
  region: RegionCode.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export const VoterRollItem = z.object({
  line: z.number().nullable(),
  nikMasked: z.string(),
  fullName: z.string(),
  birthDate: z.string(),
  sex: z.string(),
  address: z.string().nullable(),
  tps: z.string().nullable(),
  regionCode: z.string(),
  class: VoterRollClassSchema,
  residentId: z.number().nullable(),
});
export type VoterRollItem = z.infer<typeof VoterRollItem>;
export const VoterRollRowsPage = pageOf(VoterRollItem);

export const VoterRollExportQuery = z.object({ class: VoterRollClassSchema, region: RegionCode.optional() });
export const VoterRollEvidenceQuery = z.object({
  format: z.enum(['xlsx', 'pdf']).default('xlsx'),
  region: RegionCode.optional(),
});

export const VoterRollSetParams = z.object({
  id: z.coerce.number().int().positive(),
  class: VoterRollClassSchema,
});
/**
 * One-click use of a set: an invitation batch at a service point (`pointId`, `from`, `to`), or the target
 * list of an outreach site (`siteId`: the set becomes the site's roster, and visits planned there target it).
 */
export const UseVoterRollSetBody = z.object({
  as: z.enum(['invitations', 'outreach']),
  region: RegionCode.optional(),
  pointId: z.number().int().positive().optional(),
  siteId: z.number().int().positive().optional(),
  service: z.enum(['recording', 'printing']).default('recording'),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  limit: z.number().int().min(1).max(500).default(100),
});
export type UseVoterRollSetBody = z.input<typeof UseVoterRollSetBody>;
export const UseVoterRollSetReply = z.discriminatedUnion('as', [
  z.object({
    as: z.literal('invitations'),
    batchId: z.number(),
    assigned: z.number(),
    skipped: z.number(),
    residents: z.number(),
  }),
  z.object({
    as: z.literal('outreach'),
    siteId: z.number(),
    /** Rows of the site's roster now; `outside` were left out (outside the site's regency). */
    rows: z.number(),
    outside: z.number(),
    targets: z.number(),
    residents: z.number(),
  }),
]);
export type UseVoterRollSetReply = z.infer<typeof UseVoterRollSetReply>;
