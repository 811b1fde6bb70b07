import { z } from 'zod';
import { IsoDate, RegionCode } from '../../http/common-schemas';

export const CoverageQuery = z
  .object({
    region: RegionCode,
    date: IsoDate.optional().describe(
      'Reference date (YYYY-MM-DD), 2011-01-01 or later: e-KTP recording began in 2011; earlier dates are refused with reference_date_too_early. Default: today on the region’s own clock (WIB, WITA or WIT, as its snapshots close).',
    ),
    election: z.coerce.number().int().positive().optional(),
  })
  .refine((q) => !(q.date && q.election), {
    message: 'Pilih tanggal atau pemilihan, bukan keduanya.|Give a date or an election, not both.',
    path: ['date'],
  });

export const Figures = z.object({
  population: z.number(),
  mustHoldId: z.number(),
  recorded: z.number(),
  notRecorded: z.number(),
  percentRecorded: z.number().nullable(),
  printReadyWaiting: z.number(),
  printed: z.number(),
  handedOver: z.number(),
  needsRerecording: z.number(),
  digitalIdActive: z.number(),
  voters: z.number(),
  votersRecorded: z.number(),
  firstTimeVoters: z.number(),
  firstTimeVotersNotRecorded: z.number(),
});

export const CoverageRow = z.object({
  code: z.string(),
  name: z.string(),
  level: z.string(),
  figures: Figures,
});

export const CoverageResponse = z.object({
  referenceDate: z.string(),
  election: z.object({ id: z.number(), name: z.string(), votingDate: z.string() }).nullable(),
  region: CoverageRow,
  children: z.array(CoverageRow),
});
export type CoverageResponse = z.infer<typeof CoverageResponse>;
