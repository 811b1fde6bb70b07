import { z } from 'zod';
import { ElectionRef, IsoDate, RegionCode, RegionRef } from './common';

const Target = z.coerce
  .number('Target harus berupa angka.|Target must be a number.')
  .gt(0, 'Target harus lebih dari 0.|Target must be above 0.')
  .max(1, 'Target paling besar 1 (100%).|Target is at most 1 (100%).');

export const ForecastQuery = z
  .object({
    region: RegionCode,
    /** A deadline date; or `election` for its voting day; neither: the next election of the region. */
    date: IsoDate.optional(),
    election: z.coerce.number().int().positive().optional(),
    /** Share of wajib KTP to reach (0–1]; default: the `forecast_target` setting, else 1. */
    target: Target.optional(),
  })
  .refine((q) => !(q.date && q.election), {
    message: 'Pilih tanggal atau pemilihan, bukan keduanya.|Give a date or an election, not both.',
    path: ['date'],
  });
export type ForecastQuery = z.infer<typeof ForecastQuery>;

/** A bilingual reason behind a forecast or a watch-list entry. */
export const Reason = z.object({ code: z.string(), message: z.string(), messageEn: z.string() });
export type Reason = z.infer<typeof Reason>;

export const ForecastStatus = z.enum(['reached', 'on_track', 'off_track', 'insufficient_history', 'stalled']);
export type ForecastStatus = z.infer<typeof ForecastStatus>;

export const Forecast = z.object({
  /** Share of wajib KTP to reach, 0..1. */
  target: z.number(),
  /** The target as a count of people. */
  targetCount: z.number(),
  recorded: z.number(),
  remaining: z.number(),
  paceLast7: z.number().nullable(),
  paceLast28: z.number().nullable(),
  requiredDailyRate: z.number().nullable(),
  model: z.enum(['linear', 'decay']).nullable(),
  projectedDate: z.string().nullable(),
  low: z.string().nullable(),
  high: z.string().nullable(),
  status: ForecastStatus,
  reasons: z.array(Reason),
});
export type Forecast = z.infer<typeof Forecast>;

export const SeriesPoint = z.object({
  date: z.string(),
  recorded: z.number(),
  mustHoldId: z.number(),
  printed: z.number(),
  percentRecorded: z.number().nullable(),
  /** True for today's point: live counters, the day has not closed yet. */
  live: z.boolean(),
  /** Reconstructed by a backfill or the demo seed ("data awal (impor/demo)"): kept out of the pace once real closes exist. */
  seeded: z.boolean(),
});
export type SeriesPoint = z.infer<typeof SeriesPoint>;

const Reference = {
  /** The day wajib KTP is counted on (voting day: first-time voters included). */
  referenceDate: z.string(),
  /** Today on the region's clock. */
  today: z.string(),
  /** The day the target must be met by; null when there is none (no upcoming election). */
  deadline: z.string().nullable(),
  election: ElectionRef.nullable(),
  target: z.number(),
};

export const ForecastResponse = z.object({
  region: RegionRef,
  ...Reference,
  series: z.array(SeriesPoint),
  forecast: Forecast,
});
export type ForecastResponse = z.infer<typeof ForecastResponse>;

export const ChildForecast = RegionRef.extend({
  recorded: z.number(),
  /** Wajib KTP on the reference date. */
  mustHoldId: z.number(),
  percentRecorded: z.number().nullable(),
  forecast: Forecast,
});
export type ChildForecast = z.infer<typeof ChildForecast>;

export const ChildrenForecastResponse = z.object({
  region: RegionRef,
  ...Reference,
  items: z.array(ChildForecast),
});
export type ChildrenForecastResponse = z.infer<typeof ChildrenForecastResponse>;
