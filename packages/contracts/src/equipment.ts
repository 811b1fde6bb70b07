/**
 * Equipment and operators (issue 13): recording sets and card printers per office with their status and
 * incident history, and the province's pool lent with operators to a regency. Messages are
 * "Indonesian|English".
 */
import { EQUIPMENT_KINDS, EQUIPMENT_STATUSES, LOAN_STATES } from '@sigap/domain';
import { z } from 'zod';
import { IsoDate, RegionCode } from './common';

const Text = (max: number, what: string) =>
  z
    .string()
    .trim()
    .min(1, `${what.split('|')[0]} wajib diisi.|${what.split('|')[1]} is required.`)
    .max(max, `Paling panjang ${max} karakter.|At most ${max} characters.`);

export const EquipmentItem = z.object({
  id: z.number(),
  regionCode: z.string(),
  regionName: z.string(),
  kind: z.enum(EQUIPMENT_KINDS),
  tag: z.string(),
  name: z.string(),
  status: z.enum(EQUIPMENT_STATUSES),
  notes: z.string(),
  /** When the status last changed (the latest incident), else when the item was added. */
  statusSince: z.string(),
});
export type EquipmentItem = z.infer<typeof EquipmentItem>;

export const EquipmentIncident = z.object({
  id: z.number(),
  fromStatus: z.enum(EQUIPMENT_STATUSES).nullable(),
  toStatus: z.enum(EQUIPMENT_STATUSES),
  reason: z.string(),
  by: z.string().nullable(),
  at: z.string(),
});
export type EquipmentIncident = z.infer<typeof EquipmentIncident>;

export const EquipmentListQuery = z.object({ region: RegionCode.optional() });
export const EquipmentList = z.object({ items: z.array(EquipmentItem) });
export type EquipmentList = z.infer<typeof EquipmentList>;
export const EquipmentReply = z.object({ item: EquipmentItem, incidents: z.array(EquipmentIncident) });
export type EquipmentReply = z.infer<typeof EquipmentReply>;

export const CreateEquipmentBody = z.object({
  regionCode: RegionCode,
  kind: z.enum(EQUIPMENT_KINDS),
  tag: Text(60, 'Nomor seri/aset|Serial or asset tag'),
  name: Text(120, 'Nama|Name'),
  notes: z.string().trim().max(500).optional(),
});
export type CreateEquipmentBody = z.infer<typeof CreateEquipmentBody>;

export const UpdateEquipmentBody = z.object({
  name: Text(120, 'Nama|Name').optional(),
  tag: Text(60, 'Nomor seri/aset|Serial or asset tag').optional(),
  notes: z.string().trim().max(500).optional(),
});
export type UpdateEquipmentBody = z.infer<typeof UpdateEquipmentBody>;

/** A breakdown, a repair or the return to service: the new status and why. */
export const IncidentBody = z.object({
  status: z.enum(EQUIPMENT_STATUSES),
  reason: Text(500, 'Keterangan|Reason'),
});
export type IncidentBody = z.infer<typeof IncidentBody>;

export const PoolOperator = z.object({
  id: z.number(),
  regionCode: z.string(),
  name: z.string(),
  nip: z.string().nullable(),
  phone: z.string().nullable(),
  active: z.boolean(),
});
export type PoolOperator = z.infer<typeof PoolOperator>;
export const OperatorList = z.object({ items: z.array(PoolOperator) });
export type OperatorList = z.infer<typeof OperatorList>;
export const OperatorReply = z.object({ operator: PoolOperator });

export const CreateOperatorBody = z.object({
  regionCode: RegionCode,
  name: Text(120, 'Nama|Name'),
  nip: z
    .string()
    .trim()
    .regex(/^\d{18}$/, 'NIP harus 18 angka.|A NIP has 18 digits.')
    .optional(),
  phone: z.string().trim().max(20).optional(),
});
export type CreateOperatorBody = z.infer<typeof CreateOperatorBody>;

export const Loan = z.object({
  id: z.number(),
  fromRegion: z.string(),
  toRegion: z.string(),
  toRegionName: z.string(),
  start: z.string(),
  end: z.string(),
  state: z.enum(LOAN_STATES),
  purpose: z.string(),
  coversItemId: z.number().nullable(),
  items: z.array(
    z.object({ id: z.number(), tag: z.string(), name: z.string(), kind: z.enum(EQUIPMENT_KINDS) }),
  ),
  operators: z.array(z.object({ id: z.number(), name: z.string() })),
  reservedBy: z.string().nullable(),
  arrivedAt: z.string().nullable(),
  arrivedBy: z.string().nullable(),
  returnedAt: z.string().nullable(),
  returnedBy: z.string().nullable(),
  cancelledAt: z.string().nullable(),
  cancelReason: z.string().nullable(),
});
export type Loan = z.infer<typeof Loan>;

/** Loans touching a region (lent from it or to it) whose period meets [from, to]; default: this month on. */
export const LoanListQuery = z.object({
  region: RegionCode.optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});
export type LoanListQuery = z.infer<typeof LoanListQuery>;
export const LoanList = z.object({ items: z.array(Loan) });
export type LoanList = z.infer<typeof LoanList>;
export const LoanReply = z.object({ loan: Loan });
export type LoanReply = z.infer<typeof LoanReply>;

export const ReserveLoanBody = z.object({
  toRegion: RegionCode,
  start: IsoDate,
  end: IsoDate,
  itemIds: z
    .array(z.number().int().positive())
    .min(1, 'Pilih paling sedikit satu peralatan.|Choose at least one item.')
    .max(20),
  operatorIds: z.array(z.number().int().positive()).max(20).default([]),
  purpose: Text(300, 'Keperluan|Purpose'),
  coversItemId: z.number().int().positive().optional(),
});
export type ReserveLoanBody = z.infer<typeof ReserveLoanBody>;
/** What a client sends (operators may be left out). */
export type ReserveLoanInput = z.input<typeof ReserveLoanBody>;

export const CancelLoanBody = z.object({ reason: Text(300, 'Alasan|Reason') });
export type CancelLoanBody = z.infer<typeof CancelLoanBody>;
export const ConfirmLoanBody = z.object({ note: z.string().trim().max(300).optional() });
export type ConfirmLoanBody = z.infer<typeof ConfirmLoanBody>;

/** Regencies whose own equipment is out of service on `date` with no arrived loan standing in for it. */
export const UncoveredQuery = z.object({ region: RegionCode.optional(), date: IsoDate.optional() });
export const UncoveredReply = z.object({
  date: z.string(),
  regencies: z.array(
    z.object({
      regionCode: z.string(),
      regionName: z.string(),
      items: z.array(EquipmentItem.pick({ id: true, kind: true, tag: true, name: true, status: true })),
    }),
  ),
});
export type UncoveredReply = z.infer<typeof UncoveredReply>;
