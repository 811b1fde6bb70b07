import { z } from 'zod';
import { ForecastQuery, ForecastStatus, Reason } from './forecast';

/** Same inputs as a forecast: the region whose children are watched, and the election or date. */
export const WatchlistQuery = ForecastQuery;
export type WatchlistQuery = z.infer<typeof WatchlistQuery>;

export const WatchItem = z.object({
  code: z.string(),
  name: z.string(),
  level: z.string(),
  /** Wajib KTP on the reference date minus recorded now. */
  gap: z.number(),
  percentRecorded: z.number().nullable(),
  paceLast7: z.number().nullable(),
  requiredDailyRate: z.number().nullable(),
  projectedDate: z.string().nullable(),
  status: ForecastStatus,
  reasons: z.array(Reason),
});
export type WatchItem = z.infer<typeof WatchItem>;

export const WatchlistResponse = z.object({
  region: z.string(),
  referenceDate: z.string(),
  deadline: z.string().nullable(),
  items: z.array(WatchItem),
});
export type WatchlistResponse = z.infer<typeof WatchlistResponse>;
