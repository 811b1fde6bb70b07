import {
  BookingRules,
  PublicDashboardSetting,
  ReportCutoffHour,
  ReportPopulation,
  type SettingKey,
} from '@sigap/contracts';
import {
  DEFAULT_SUKET_NUMBER_FORMAT,
  isValidSuketNumberFormat,
  type RegionLevel,
  RIBBON_ALERT_PRINTS,
} from '@sigap/domain';
import { z } from 'zod';
import { DEFAULT_LETTERHEAD, PrintableLetterhead } from './letterhead-rules';

/** One office setting: its value schema (bilingual messages), default, and the levels it may be set at. */
export interface SettingDefinition<S extends z.ZodType = z.ZodType> {
  schema: S;
  default: z.output<S>;
  /** Scopes a value may be stored at; lower scopes inherit the nearest stored value above them. */
  levels: readonly RegionLevel[];
  /** False: a scope reads only its own stored value, never an ancestor's (an office's own letterhead). */
  inherits?: false;
  description: string;
}

function define<S extends z.ZodType>(d: SettingDefinition<S>): SettingDefinition<S> {
  return d;
}

/**
 * Every setting Sigap knows. Adding one is adding its key to `SETTING_KEYS` in @sigap/contracts (the API's
 * list) and an entry here (`satisfies` refuses a key missing on either side): the generic API lists it,
 * validates it with its schema, and `getSetting`/`putSetting` type it from this table.
 */
export const SETTINGS = {
  report_cutoff_hour: define({
    schema: ReportCutoffHour,
    default: 17,
    levels: ['country', 'province'],
    description: 'Local hour by which a regency daily report counts as on time',
  }),
  /**
   * Each office has its own kop and signatory: a regency never inherits its province's (its report must
   * not be signed by the province's Kepala Dinas), nor a province the national one.
   */
  letterhead: define({
    schema: PrintableLetterhead,
    default: DEFAULT_LETTERHEAD,
    levels: ['province', 'regency'],
    inherits: false,
    description: 'Letterhead (kop surat) and signer of the PDF reports of a province or regency/city office',
  }),
  forecast_target: define({
    schema: z
      .number('Target harus berupa angka.|Target must be a number.')
      .gt(0, 'Target harus lebih dari 0.|Target must be above 0.')
      .max(1, 'Target paling besar 1 (100%).|Target must be at most 1 (100%).'),
    default: 1,
    levels: ['country', 'province', 'regency'],
    description: 'Share of wajib KTP residents a region aims to have recorded by voting day (forecasts)',
  }),
  public_dashboard: define({
    schema: PublicDashboardSetting,
    default: { enabled: true },
    levels: ['country'],
    description: 'Whether the no-login public dashboard is on (SIGAP_PUBLIC_DASHBOARD=false overrides)',
  }),
  /** Per regency, set by the province: what typed reports are checked against when the registry is short. */
  report_population: define({
    schema: ReportPopulation,
    default: null,
    levels: ['regency'],
    description:
      'Population of a regency whose registry in Sigap is incomplete; typed daily reports are checked against it',
  }),
  booking_rules: define({
    schema: BookingRules,
    default: {
      holdMinutes: 10,
      rescheduleCutoffHours: 2,
      daysAhead: 14,
      slotMinutes: 60,
      anyRegion: false,
      holdsPerIpHour: 30,
      bookingsPerNikDay: 3,
      bookingsPerPhoneDay: 5,
    },
    levels: ['country', 'province', 'regency'],
    description: 'Online booking: hold minutes, reschedule cut-off, days offered, slot length, abuse limits',
  }),
  /** Cards a ribbon or a film prints: measured yields run far below the maker's 500, so offices set theirs. */
  stock_card_yield: define({
    schema: z.object({
      RIBBON: z.number().int('Bilangan bulat.|A whole number.').min(1, 'Paling sedikit 1.|At least 1.'),
      FILM: z.number().int('Bilangan bulat.|A whole number.').min(1, 'Paling sedikit 1.|At least 1.'),
    }),
    default: { RIBBON: 500, FILM: 500 },
    levels: ['country', 'province', 'regency'],
    description: 'Cards printed per ribbon and per film (stock days of cover and suggested quantities)',
  }),
  stock_lead_time_days: define({
    schema: z
      .number()
      .int('Bilangan bulat.|A whole number.')
      .min(1, 'Paling sedikit 1 hari.|At least 1 day.')
      .max(180, 'Paling lama 180 hari.|At most 180 days.'),
    default: 14,
    levels: ['country', 'province', 'regency'],
    description: 'Days between a stock request and its arrival (suggested quantity of a request)',
  }),
  /** An office whose ribbon prints fewer cards than this is on the watch list ("ribbon low"). */
  stock_ribbon_alert_prints: define({
    schema: z
      .number()
      .int('Bilangan bulat.|A whole number.')
      .min(0, 'Tidak boleh negatif.|Cannot be negative.')
      .max(100_000, 'Paling banyak 100.000.|At most 100,000.'),
    default: RIBBON_ALERT_PRINTS,
    levels: ['country', 'province', 'regency'],
    description: 'Prints left on the ribbon below which an office is flagged (stock alerts, watch list)',
  }),
  /**
   * Issue 14: each regency's office numbers its sukets its own way (the classification code and the office
   * name differ); the series stays one per regency and year, so the format must carry `{seq}` and `{regency}`.
   */
  suket_number_format: define({
    schema: z
      .string('Format nomor harus berupa teks.|The number format must be text.')
      .trim()
      .refine(
        isValidSuketNumberFormat,
        'Format nomor harus memuat {seq} atau {seq:N} dan {regency}, satu baris, paling panjang 60 karakter.|The number format must contain {seq} or {seq:N} and {regency}, be one line and at most 60 characters.',
      ),
    default: DEFAULT_SUKET_NUMBER_FORMAT,
    levels: ['country', 'province', 'regency'],
    description:
      'Suket number format: {seq} or {seq:N} (zero-padded) and {regency} required, {year}; e.g. 471.13/{seq:4}/DUKCAPIL/{regency}/{year}',
  }),
} satisfies Record<SettingKey, SettingDefinition>;

export type SettingValue<K extends SettingKey> = z.output<(typeof SETTINGS)[K]['schema']>;

export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(SETTINGS, key);
}
