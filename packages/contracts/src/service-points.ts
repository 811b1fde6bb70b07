/**
 * Service points (issue 12): offices, UPT, public service malls and mobile units, with their weekly hours,
 * closures, extra sessions and the capacity each day offers. Messages are "Indonesian|English".
 */
import { SERVICE_KINDS, SESSION_KINDS, WEEKDAYS } from '@sigap/domain';
import { z } from 'zod';
import { IsoDate, RegionCode } from './common';

export const SERVICE_POINT_KINDS = ['regency_office', 'upt', 'mpp', 'mobile'] as const;

const HhMm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Jam harus berformat JJ:MM.|Times must be HH:MM.');
const Counters = z
  .number()
  .int('Jumlah loket harus bilangan bulat.|Counters must be a whole number.')
  .min(1, 'Paling sedikit 1 loket.|At least 1 counter.')
  .max(50, 'Paling banyak 50 loket.|At most 50 counters.');
const Minutes = z
  .number()
  .int('Menit harus bilangan bulat.|Minutes must be a whole number.')
  .min(1, 'Paling sedikit 1 menit.|At least 1 minute.')
  .max(480, 'Paling lama 480 menit.|At most 480 minutes.');

export const ServiceMinutes = z.partialRecord(z.enum(SERVICE_KINDS), Minutes);
export const DayHours = z.object({
  open: HhMm,
  close: HhMm,
  breakStart: HhMm.optional(),
  breakEnd: HhMm.optional(),
});
/** Keys are weekdays as JavaScript numbers them: "0" Sunday … "6" Saturday. */
export const WeeklyHours = z.partialRecord(z.enum(WEEKDAYS), DayHours);

export const ServicePointClosure = z.object({ id: z.number(), date: z.string(), reason: z.string() });
export const ServicePointSession = z.object({
  id: z.number(),
  date: z.string(),
  kind: z.enum(SESSION_KINDS),
  start: z.string(),
  end: z.string(),
  counters: z.number(),
});
export type ServicePointSession = z.infer<typeof ServicePointSession>;

export const ServicePoint = z.object({
  id: z.number(),
  regionCode: z.string(),
  name: z.string(),
  kind: z.enum(SERVICE_POINT_KINDS),
  address: z.string(),
  counters: z.number(),
  services: ServiceMinutes,
  hours: WeeklyHours,
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ServicePoint = z.infer<typeof ServicePoint>;

export const ServicePointList = z.object({ items: z.array(ServicePoint) });
export type ServicePointList = z.infer<typeof ServicePointList>;
export const ServicePointListQuery = z.object({ region: RegionCode.optional() });

export const ServicePointDetail = ServicePoint.extend({
  closures: z.array(ServicePointClosure),
  /** Sessions from today on, soonest first. */
  sessions: z.array(ServicePointSession),
});
export type ServicePointDetail = z.infer<typeof ServicePointDetail>;
export const ServicePointReply = z.object({ servicePoint: ServicePointDetail });
export type ServicePointReply = z.infer<typeof ServicePointReply>;

export const CreateServicePointBody = z.object({
  regionCode: RegionCode,
  name: z.string().trim().min(3, 'Nama terlalu pendek.|Name too short.').max(150),
  kind: z.enum(SERVICE_POINT_KINDS),
  address: z.string().trim().min(3, 'Alamat terlalu pendek.|Address too short.').max(300),
  counters: Counters,
  services: ServiceMinutes,
  hours: WeeklyHours,
});
export type CreateServicePointBody = z.infer<typeof CreateServicePointBody>;

export const UpdateServicePointBody = z.object({
  name: z.string().trim().min(3, 'Nama terlalu pendek.|Name too short.').max(150).optional(),
  address: z.string().trim().min(3).max(300).optional(),
  counters: Counters.optional(),
  services: ServiceMinutes.optional(),
  hours: WeeklyHours.optional(),
  active: z.boolean().optional(),
});
export type UpdateServicePointBody = z.infer<typeof UpdateServicePointBody>;

export const ClosureBody = z.object({
  date: IsoDate,
  reason: z.string().trim().min(3, 'Alasan terlalu pendek.|Reason too short.').max(200),
});
export type ClosureBody = z.infer<typeof ClosureBody>;

export const SessionBody = z.object({
  date: IsoDate,
  kind: z.enum(SESSION_KINDS),
  start: HhMm,
  end: HhMm,
  counters: Counters,
});
export type SessionBody = z.infer<typeof SessionBody>;

export const CapacityQuery = z.object({
  from: IsoDate,
  to: IsoDate,
  slotMinutes: z.coerce.number().int().min(5).max(240).default(60),
});
const CapacityMap = z.partialRecord(z.enum(SERVICE_KINDS), z.number());
export const CapacityReply = z.object({
  servicePointId: z.number(),
  slotMinutes: z.number(),
  days: z.array(
    z.object({
      date: z.string(),
      closed: z.string().nullable(),
      slots: z.array(
        z.object({
          start: z.string(),
          end: z.string(),
          source: z.enum(['regular', ...SESSION_KINDS]),
          counters: z.number(),
          capacity: CapacityMap,
        }),
      ),
      total: CapacityMap,
    }),
  ),
  total: CapacityMap,
});
export type CapacityReply = z.infer<typeof CapacityReply>;

export const SessionSuggestionQuery = z.object({
  region: RegionCode,
  election: z.coerce.number().int().positive().optional(),
});
export type SessionSuggestionQuery = z.infer<typeof SessionSuggestionQuery>;

/**
 * Extra session-hours that would close a region's gap by voting day at the measured service time (the
 * forecast's remaining and pace, the counters' recording minutes, the points' counters).
 */
export const SessionSuggestionReply = z.object({
  region: z.object({ code: z.string(), name: z.string() }),
  deadline: z.string().nullable(),
  today: z.string(),
  daysLeft: z.number(),
  remaining: z.number(),
  pacePerDay: z.number().nullable(),
  forecastStatus: z.string(),
  minutesPerService: z.number(),
  /** 'measured': median of recordings finished at the counters in the last 28 days; else the configured minutes. */
  minutesSource: z.enum(['measured', 'configured', 'default']),
  measuredServices: z.number(),
  counters: z.number(),
  points: z.number(),
  suggestion: z.object({
    gap: z.number(),
    counterHours: z.number(),
    sessionHours: z.number(),
    sessions: z.number(),
    sessionLength: z.number(),
    sessionsPerWeek: z.number().nullable(),
  }),
});
export type SessionSuggestionReply = z.infer<typeof SessionSuggestionReply>;
