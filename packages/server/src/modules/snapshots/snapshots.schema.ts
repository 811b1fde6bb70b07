import { z } from 'zod';
import { IsoDate, RegionCode } from '../../http/common-schemas';
import { Figures } from '../counters/coverage.schema';

export const TakeSnapshotBody = z.object({
  region: RegionCode,
  /** The local day the snapshot belongs to; default today on the region's clock. */
  date: IsoDate.optional(),
});
export type TakeSnapshotBody = z.infer<typeof TakeSnapshotBody>;

export const Snapshot = z.object({
  regionCode: z.string(),
  date: z.string(),
  takenAt: z.string(),
  trigger: z.enum(['day_close', 'on_demand', 'backfill']),
  figures: Figures.omit({ firstTimeVoters: true, firstTimeVotersNotRecorded: true }),
  /** How many regions were stored with it: the region and every regency and district below it. */
  regionsStored: z.number(),
});
export type Snapshot = z.infer<typeof Snapshot>;

export const SnapshotResponse = z.object({ snapshot: Snapshot });
export type SnapshotResponse = z.infer<typeof SnapshotResponse>;

export const TrendQuery = z
  .object({
    region: RegionCode,
    from: IsoDate.optional(),
    to: IsoDate.optional(),
  })
  .refine((q) => !(q.from && q.to && q.from > q.to), {
    message: 'Tanggal awal harus sebelum tanggal akhir.|The start date must come before the end date.',
    path: ['from'],
  });
export type TrendQuery = z.infer<typeof TrendQuery>;

export const TrendPoint = z.object({
  date: z.string(),
  mustHoldId: z.number(),
  recorded: z.number(),
  printed: z.number(),
  handedOver: z.number(),
  printReadyWaiting: z.number(),
  percentRecorded: z.number().nullable(),
  /** How the figure was obtained: closed by the scheduler, taken on demand, or reconstructed. */
  trigger: z.string(),
});
export type TrendPoint = z.infer<typeof TrendPoint>;

export const TrendResponse = z.object({
  region: z.string(),
  from: z.string(),
  to: z.string(),
  items: z.array(TrendPoint),
});
export type TrendResponse = z.infer<typeof TrendResponse>;
