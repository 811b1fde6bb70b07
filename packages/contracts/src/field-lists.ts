import { PRINT_STATUSES, RECORDING_STATUSES, SEXES } from '@sigap/domain';
import { z } from 'zod';
import { IsoDate, RegionCode } from './common';

/**
 * The residents behind a count of the coverage table, for door-to-door work: the same rule as the counter
 * (must hold an e-KTP on the reference date, and then not recorded / PRR waiting for print / to be
 * recorded again), so the list has exactly as many names as the figure it was opened from.
 */
export const FIELD_LIST_KINDS = ['not_recorded', 'print_ready_waiting', 'needs_rerecording'] as const;
export type FieldListKind = (typeof FIELD_LIST_KINDS)[number];

export const FieldListQuery = z.object({
  /** A district or a village: a list to walk, not a regency's worth of names. */
  region: RegionCode,
  kind: z.enum(FIELD_LIST_KINDS).default('not_recorded'),
  /** The coverage table's reference date (default: today at the region's office). */
  on: IsoDate.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type FieldListQuery = z.infer<typeof FieldListQuery>;

export const FieldListExportQuery = FieldListQuery.omit({ page: true, pageSize: true }).extend({
  format: z.enum(['xlsx', 'pdf']).default('xlsx'),
});
export type FieldListExportQuery = z.infer<typeof FieldListExportQuery>;

export const FieldListItem = z.object({
  id: z.number(),
  /** Masked as in every list (province and regency digits). */
  nikMasked: z.string(),
  fullName: z.string(),
  sex: z.enum(SEXES),
  age: z.number(),
  villageCode: z.string(),
  villageName: z.string().nullable(),
  address: z.string(),
  /** "002/001" when the address names its RT and RW. */
  rtRw: z.string().nullable(),
  phone: z.string().nullable(),
  recordingStatus: z.enum(RECORDING_STATUSES),
  printStatus: z.enum(PRINT_STATUSES),
});
export type FieldListItem = z.infer<typeof FieldListItem>;

export const FieldListPage = z.object({
  region: z.object({ code: z.string(), name: z.string(), level: z.string() }),
  kind: z.enum(FIELD_LIST_KINDS),
  referenceDate: z.string(),
  items: z.array(FieldListItem),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
export type FieldListPage = z.infer<typeof FieldListPage>;
