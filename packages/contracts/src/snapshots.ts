import { z } from 'zod';
import { IsoDate, RegionCode } from './common';
import { CoverageFigures } from './coverage';

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
  figures: CoverageFigures.omit({ firstTimeVoters: true, firstTimeVotersNotRecorded: true }),
  /** How many regions were stored with it: the region and every regency and district below it. */
  regionsStored: z.number(),
});
export type Snapshot = z.infer<typeof Snapshot>;

export const SnapshotResponse = z.object({ snapshot: Snapshot });
export type SnapshotResponse = z.infer<typeof SnapshotResponse>;
