/**
 * The satisfaction survey (SKM, issue 12): the resident's one-time link and the office kiosk (public),
 * the index per point and period, and waiting and service times (office). Messages are "Indonesian|English".
 */
import { SERVICE_KINDS } from '@sigap/domain';
import { z } from 'zod';
import { IsoDate, RegionCode } from './common';

export const SkmTokenParam = z.object({ token: z.string().min(3).max(120) });
export const SkmPointParam = z.object({ pointId: z.coerce.number().int().positive() });

const Answer = z
  .number()
  .int('Jawaban harus 1 sampai 4.|Answers must be 1 to 4.')
  .min(1, 'Jawaban harus 1 sampai 4.|Answers must be 1 to 4.')
  .max(4, 'Jawaban harus 1 sampai 4.|Answers must be 1 to 4.');

export const SkmAnswerBody = z.object({
  /** U1…U9 in order. */
  answers: z.array(Answer).length(9, 'Jawab kesembilan pertanyaan.|Answer all nine questions.'),
  comment: z
    .string()
    .trim()
    .max(1000, 'Saran paling banyak 1000 karakter.|Comments are at most 1000 characters.')
    .optional(),
});
export type SkmAnswerBody = z.infer<typeof SkmAnswerBody>;

export const SkmKioskBody = SkmAnswerBody.extend({ service: z.enum(SERVICE_KINDS).optional() });
export type SkmKioskBody = z.infer<typeof SkmKioskBody>;

/** What the survey page shows above the questions; nothing about the resident. */
export const SkmSurveyContext = z.object({
  point: z.object({ id: z.number(), name: z.string() }),
  service: z.enum(SERVICE_KINDS).nullable(),
  servedOn: z.string(),
});
export type SkmSurveyContext = z.infer<typeof SkmSurveyContext>;

export const SkmKioskContext = z.object({ point: z.object({ id: z.number(), name: z.string() }) });
export type SkmKioskContext = z.infer<typeof SkmKioskContext>;

export const SkmAnswerReply = z.object({ received: z.literal(true) });

export const SkmPeriodQuery = z.object({
  region: RegionCode.optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});
export type SkmPeriodQuery = z.infer<typeof SkmPeriodQuery>;

const SkmBand = z.enum(['A', 'B', 'C', 'D']);

export const SkmIndex = z.object({
  count: z.number(),
  /** Mean answer per element U1…U9 (1–4). */
  elements: z.array(z.number().nullable()),
  /** Mean of the element means × 25 (25–100). */
  index: z.number().nullable(),
  band: SkmBand.nullable(),
});
export type SkmIndex = z.infer<typeof SkmIndex>;

export const SkmPointIndex = SkmIndex.extend({
  pointId: z.number(),
  name: z.string(),
  regionCode: z.string(),
});
export type SkmPointIndex = z.infer<typeof SkmPointIndex>;

export const SkmReport = z.object({
  region: z.string(),
  from: z.string(),
  to: z.string(),
  total: SkmIndex,
  points: z.array(SkmPointIndex),
});
export type SkmReport = z.infer<typeof SkmReport>;

/** Minutes; null when nothing was measured. */
export const DurationStats = z.object({
  count: z.number(),
  median: z.number().nullable(),
  p90: z.number().nullable(),
});
export type DurationStats = z.infer<typeof DurationStats>;

export const ServiceTimesRow = z.object({
  pointId: z.number(),
  pointName: z.string(),
  /** Set on per-counter rows. */
  counter: z.number().nullable(),
  /** Set on per-service rows. */
  service: z.enum(SERVICE_KINDS).nullable(),
  /** Issued (or checked in) → called. */
  wait: DurationStats,
  /** Called → finished. */
  serving: DurationStats,
});
export type ServiceTimesRow = z.infer<typeof ServiceTimesRow>;

export const ServiceTimesReport = z.object({
  region: z.string(),
  from: z.string(),
  to: z.string(),
  byPoint: z.array(ServiceTimesRow),
  byCounter: z.array(ServiceTimesRow),
  byService: z.array(ServiceTimesRow),
});
export type ServiceTimesReport = z.infer<typeof ServiceTimesReport>;
