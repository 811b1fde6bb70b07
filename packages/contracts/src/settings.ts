import { z } from 'zod';
import { RegionCode } from './common';

/** Every setting Sigap knows; the server's registry gives each its value schema, default and levels. */
export const SETTING_KEYS = [
  'report_cutoff_hour',
  'letterhead',
  'forecast_target',
  'public_dashboard',
  'report_population',
  'booking_rules',
  'stock_card_yield',
  'stock_lead_time_days',
  'stock_ribbon_alert_prints',
  'suket_number_format',
] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];

export const SettingsQuery = z.object({ scope: RegionCode });
export type SettingsQuery = z.infer<typeof SettingsQuery>;

export const SettingEntry = z.object({
  key: z.string(),
  /** The value in force at the scope (stored there, inherited, or the default); shape per key. */
  value: z.unknown(),
  defaultValue: z.unknown(),
  /** Where the value in force is stored; null when it is the default. */
  setAt: z.string().nullable(),
  updatedAt: z.string().nullable(),
  updatedBy: z.number().nullable(),
  /** Whether a value may be stored at this scope (the registry's levels). */
  editable: z.boolean(),
  description: z.string(),
});
export type SettingEntry = z.infer<typeof SettingEntry>;

export const SettingsResponse = z.object({ scope: z.string(), items: z.array(SettingEntry) });
export type SettingsResponse = z.infer<typeof SettingsResponse>;

export const SettingReply = z.object({ setting: SettingEntry });
export type SettingReply = z.infer<typeof SettingReply>;

export const SettingKeyParams = z.object({
  key: z.enum(SETTING_KEYS, 'Pengaturan tidak dikenal.|Unknown setting.'),
});

/** Generic write: the value is checked against the key's own schema on the server. */
export const PutSettingBody = z.object({ scope: RegionCode, value: z.unknown() });
export type PutSettingBody = z.infer<typeof PutSettingBody>;

/** Local hour by which a regency's daily report counts as on time. */
export const ReportCutoffHour = z
  .number('Jam harus berupa angka.|Hour must be a number.')
  .int('Jam harus bilangan bulat 0–23.|Hour must be a whole number 0–23.')
  .min(0, 'Jam paling kecil 0.|Hour must be at least 0.')
  .max(23, 'Jam paling besar 23.|Hour must be at most 23.');

export const PutReportCutoffBody = z.object({ scope: RegionCode, hour: ReportCutoffHour });
export type PutReportCutoffBody = z.infer<typeof PutReportCutoffBody>;

/**
 * A regency's population as the province knows it, where Sigap's registry is incomplete for that regency:
 * typed daily reports are checked against it instead of the registry counters. Null: use the registry.
 */
export const ReportPopulation = z
  .number('Jumlah penduduk harus berupa angka.|Population must be a number.')
  .int('Jumlah penduduk harus bilangan bulat.|Population must be a whole number.')
  .positive('Jumlah penduduk harus lebih dari 0.|Population must be above 0.')
  .max(100_000_000, 'Jumlah penduduk terlalu besar.|Population too large.')
  .nullable();

/**
 * Rules of online booking at the points of a region: how long a chosen slot is held while the form is
 * filled, how many hours before its slot a booking may still be moved or cancelled, how far ahead slots
 * are offered, the slot length, whether a point serves residents of any region, and the abuse limits.
 */
export const BookingRules = z.object({
  holdMinutes: z.number().int().min(1).max(60),
  rescheduleCutoffHours: z.number().int().min(0).max(168),
  daysAhead: z.number().int().min(1).max(60),
  slotMinutes: z.number().int().min(10).max(240),
  anyRegion: z.boolean(),
  /** Seat holds and bookings per IP per hour; bookings per NIK or phone per day. */
  holdsPerIpHour: z.number().int().min(1).max(10_000),
  bookingsPerNikDay: z.number().int().min(1).max(100),
  bookingsPerPhoneDay: z.number().int().min(1).max(100),
});
export type BookingRules = z.infer<typeof BookingRules>;
