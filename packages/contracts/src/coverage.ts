import { z } from 'zod';
import { ElectionRef, IsoDate, RegionCode, RegionRef } from './common';

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
export type CoverageQuery = z.infer<typeof CoverageQuery>;

/** The figures a dashboard shows for one region on one reference date. */
export const CoverageFigures = z.object({
  population: z.number(),
  /** Wajib KTP: must hold an e-KTP on the reference date. */
  mustHoldId: z.number(),
  recorded: z.number(),
  notRecorded: z.number(),
  /** 0..1, null when nobody must hold an ID there. */
  percentRecorded: z.number().nullable(),
  /** Recorded and unique (PRR), card not yet printed. */
  printReadyWaiting: z.number(),
  printed: z.number(),
  handedOver: z.number(),
  /** Failure states that send the resident back to re-recording. */
  needsRerecording: z.number(),
  digitalIdActive: z.number(),
  voters: z.number(),
  votersRecorded: z.number(),
  /** Pemilih pemula: voters who were not yet 17 on the previous election (five years before by default). */
  firstTimeVoters: z.number(),
  firstTimeVotersNotRecorded: z.number(),
});
export type CoverageFigures = z.infer<typeof CoverageFigures>;

/** The counted figures, before the percentage is derived from them. */
export const CountedFigures = CoverageFigures.omit({ percentRecorded: true });
export type CountedFigures = z.infer<typeof CountedFigures>;

/** The figures a daily snapshot keeps (first-time voters depend on the election asked about, so are not stored). */
export const StoredFigures = CountedFigures.omit({ firstTimeVoters: true, firstTimeVotersNotRecorded: true });
export type StoredFigures = z.infer<typeof StoredFigures>;

export const CoverageRow = RegionRef.extend({ figures: CoverageFigures });
export type CoverageRow = z.infer<typeof CoverageRow>;

/**
 * Where the figures come from, shown beside them so two screens never print different numbers unexplained:
 * `live`: the counters now (today, or a day ahead: wajib on that day); `snapshot`: a past reference, the
 * stored close of `date` (at or before the reference date); `counters`: a past reference with no stored
 * day, the current counters with wajib counted on `date`.
 */
export const FiguresBasis = z.object({
  source: z.enum(['live', 'snapshot', 'counters']),
  date: z.string(),
});
export type FiguresBasis = z.infer<typeof FiguresBasis>;

export const CoverageResponse = z.object({
  referenceDate: z.string(),
  election: ElectionRef.nullable(),
  basis: FiguresBasis,
  /** When the figures were read (an instant); the public page prints it as "Data per …". */
  readAt: z.string().optional(),
  /**
   * Where the figures were read and how fresh they are: the primary (now), or a read replica (the moment
   * its data reflects, and how far behind it is), so a lagging dashboard says so instead of disagreeing.
   */
  freshness: z
    .object({
      source: z.enum(['primary', 'replica']),
      asOf: z.string(),
      lagSeconds: z.number().nonnegative(),
    })
    .optional(),
  region: CoverageRow,
  children: z.array(CoverageRow),
});
export type CoverageResponse = z.infer<typeof CoverageResponse>;

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
  /** How the figure was obtained: closed by the scheduler, taken on demand, reconstructed (`backfill`), or `live` (today, not closed). */
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
