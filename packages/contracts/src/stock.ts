/**
 * The stock ledger of printing supplies (issue 13): stock cards per item and location, shipments with
 * proof of delivery, requests up the hierarchy and days of cover to voting day. Messages are "Indonesian|English".
 */
import { STOCK_ITEMS, STOCK_MOVES } from '@sigap/domain';
import { z } from 'zod';
import { IsoDate, RegionCode } from './common';

export const StockItemCode = z.enum(STOCK_ITEMS, 'Barang tidak dikenal.|Unknown item.');
export const StockMoveCode = z.enum(STOCK_MOVES);
export const STOCK_REQUEST_STATUSES = [
  'draft',
  'submitted',
  'approved',
  'rejected',
  'shipped',
  'received',
] as const;
export const StockRequestStatus = z.enum(STOCK_REQUEST_STATUSES);

export const StockQuantity = z
  .number('Jumlah harus angka.|Quantity must be a number.')
  .int('Jumlah harus bilangan bulat.|Quantity must be a whole number.')
  .min(1, 'Jumlah paling sedikit 1.|Quantity must be at least 1.')
  .max(1_000_000, 'Jumlah terlalu besar.|Quantity is too large.');
export const StockText = (max: number) => z.string().trim().min(1, 'Wajib diisi.|Required.').max(max);
export const StockDocumentNo = StockText(80);
export const StockReason = StockText(300);

export const StockBalance = z.object({
  item: StockItemCode,
  locationCode: z.string(),
  locationName: z.string(),
  onHand: z.number(),
  inTransit: z.number(),
});
export type StockBalance = z.infer<typeof StockBalance>;
export const StockListQuery = z.object({ region: RegionCode.optional() });
export const StockList = z.object({ items: z.array(StockBalance) });
export type StockList = z.infer<typeof StockList>;

export const StockCardQuery = z.object({ location: RegionCode, item: StockItemCode });
export const StockLine = z.object({
  id: z.number(),
  move: StockMoveCode,
  quantity: z.number(),
  counted: z.number().nullable(),
  balance: z.number(),
  occurredOn: z.string(),
  processedAt: z.string(),
  reason: z.string().nullable(),
  documentNo: z.string().nullable(),
  counterpartCode: z.string().nullable(),
  shipmentId: z.number().nullable(),
  requestId: z.number().nullable(),
  note: z.string().nullable(),
});
export type StockLine = z.infer<typeof StockLine>;
export const StockCard = z.object({
  item: StockItemCode,
  locationCode: z.string(),
  locationName: z.string(),
  onHand: z.number(),
  inTransit: z.number(),
  lines: z.array(StockLine),
});
export type StockCard = z.infer<typeof StockCard>;

const AtLocation = { location: RegionCode, item: StockItemCode, occurredOn: IsoDate };
export const ReceiveStockBody = z.object({
  ...AtLocation,
  quantity: StockQuantity,
  documentNo: StockDocumentNo,
  /** Where it came from outside the ledger (the centre's supplier, a handover). */
  source: StockText(120).optional(),
  note: StockText(300).optional(),
});
export type ReceiveStockBody = z.infer<typeof ReceiveStockBody>;
export const ShipStockBody = z.object({
  ...AtLocation,
  destination: RegionCode,
  quantity: StockQuantity,
  documentNo: StockDocumentNo,
  note: StockText(300).optional(),
});
export type ShipStockBody = z.infer<typeof ShipStockBody>;
export const ConsumeStockBody = z.object({
  ...AtLocation,
  kind: z.enum(['consume', 'spoil']),
  quantity: StockQuantity,
  reason: StockReason.optional(),
});
export type ConsumeStockBody = z.infer<typeof ConsumeStockBody>;
export const AdjustStockBody = z.object({
  ...AtLocation,
  /** Signed: a credit (found, returned) or a debit (lost, expired). */
  quantity: z
    .number()
    .int('Jumlah harus bilangan bulat.|Quantity must be a whole number.')
    .refine((n) => n !== 0, 'Penyesuaian tidak boleh 0.|An adjustment cannot be 0.'),
  reason: StockReason,
});
export type AdjustStockBody = z.infer<typeof AdjustStockBody>;
export const CountStockBody = z.object({
  ...AtLocation,
  counted: z.number().int().min(0, 'Hasil hitung tidak boleh negatif.|A count cannot be negative.'),
  note: StockText(300).optional(),
});
export type CountStockBody = z.infer<typeof CountStockBody>;
export const StockMoveReply = z.object({
  line: StockLine.omit({ balance: true }).nullable(),
  balance: StockBalance,
});
export type StockMoveReply = z.infer<typeof StockMoveReply>;

export const StockShipment = z.object({
  id: z.number(),
  item: StockItemCode,
  sourceCode: z.string(),
  sourceName: z.string(),
  destinationCode: z.string(),
  destinationName: z.string(),
  quantity: z.number(),
  shippedOn: z.string(),
  documentNo: z.string(),
  requestId: z.number().nullable(),
  status: z.enum(['in_transit', 'received']),
  accepted: z.number().nullable(),
  rejected: z.number().nullable(),
  rejectionReason: z.string().nullable(),
  receivedOn: z.string().nullable(),
  note: z.string().nullable(),
});
export type StockShipment = z.infer<typeof StockShipment>;
export const ShipmentListQuery = z.object({
  region: RegionCode.optional(),
  status: z.enum(['in_transit', 'received']).optional(),
});
export const ShipmentList = z.object({ items: z.array(StockShipment) });
export type ShipmentList = z.infer<typeof ShipmentList>;
export const ShipmentReply = z.object({ shipment: StockShipment });
export type ShipmentReply = z.infer<typeof ShipmentReply>;
/** Proof of delivery: accepted + rejected must equal the shipped quantity; a rejection needs its reason. */
export const ReceiveShipmentBody = z.object({
  accepted: z.number().int().min(0),
  rejected: z.number().int().min(0),
  reason: StockReason.optional(),
  receivedOn: IsoDate,
});
export type ReceiveShipmentBody = z.infer<typeof ReceiveShipmentBody>;
