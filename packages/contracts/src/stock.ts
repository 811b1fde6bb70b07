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

const Quantity = z
  .number('Jumlah harus angka.|Quantity must be a number.')
  .int('Jumlah harus bilangan bulat.|Quantity must be a whole number.')
  .min(1, 'Jumlah paling sedikit 1.|Quantity must be at least 1.')
  .max(1_000_000, 'Jumlah terlalu besar.|Quantity is too large.');
const Text = (max: number) => z.string().trim().min(1, 'Wajib diisi.|Required.').max(max);
const DocumentNo = Text(80);
const Reason = Text(300);

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
  quantity: Quantity,
  documentNo: DocumentNo,
  /** Where it came from outside the ledger (the centre's supplier, a handover). */
  source: Text(120).optional(),
  note: Text(300).optional(),
});
export type ReceiveStockBody = z.infer<typeof ReceiveStockBody>;
export const ShipStockBody = z.object({
  ...AtLocation,
  destination: RegionCode,
  quantity: Quantity,
  documentNo: DocumentNo,
  note: Text(300).optional(),
});
export type ShipStockBody = z.infer<typeof ShipStockBody>;
export const ConsumeStockBody = z.object({
  ...AtLocation,
  kind: z.enum(['consume', 'spoil']),
  quantity: Quantity,
  reason: Reason.optional(),
});
export type ConsumeStockBody = z.infer<typeof ConsumeStockBody>;
export const AdjustStockBody = z.object({
  ...AtLocation,
  /** Signed: a credit (found, returned) or a debit (lost, expired). */
  quantity: z
    .number()
    .int('Jumlah harus bilangan bulat.|Quantity must be a whole number.')
    .refine((n) => n !== 0, 'Penyesuaian tidak boleh 0.|An adjustment cannot be 0.'),
  reason: Reason,
});
export type AdjustStockBody = z.infer<typeof AdjustStockBody>;
export const CountStockBody = z.object({
  ...AtLocation,
  counted: z.number().int().min(0, 'Hasil hitung tidak boleh negatif.|A count cannot be negative.'),
  note: Text(300).optional(),
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
  reason: Reason.optional(),
  receivedOn: IsoDate,
});
export type ReceiveShipmentBody = z.infer<typeof ReceiveShipmentBody>;

/** The suggested quantity of a request, both ways, with what each was computed from. */
export const StockSuggestion = z.object({
  item: StockItemCode,
  locationCode: z.string(),
  today: z.string(),
  onHand: z.number(),
  inTransit: z.number(),
  demand: z
    .object({
      backlog: z.number(),
      pacePerDay: z.number(),
      leadTimeDays: z.number(),
      cardsPerUnit: z.number(),
      cardsNeeded: z.number(),
      unitsNeeded: z.number(),
      order: z.number(),
    })
    .nullable(),
  consumption: z.object({
    periods: z.array(
      z.object({
        from: z.string(),
        to: z.string(),
        consumed: z.number(),
        stockOutDays: z.number(),
        adjusted: z.number(),
      }),
    ),
    average: z.number(),
    periodsOfStock: z.number(),
    maximum: z.number(),
    order: z.number(),
  }),
  /** The larger of the two: the office should not run out by either measure. */
  suggested: z.number(),
});
export type StockSuggestion = z.infer<typeof StockSuggestion>;
export const SuggestionQuery = z.object({ location: RegionCode, item: StockItemCode });

export const StockRequestEvent = z.object({
  status: StockRequestStatus,
  quantity: z.number().nullable(),
  note: z.string().nullable(),
  actor: z.string().nullable(),
  at: z.string(),
});
export const StockRequest = z.object({
  id: z.number(),
  item: StockItemCode,
  requesterCode: z.string(),
  requesterName: z.string(),
  supplierCode: z.string(),
  supplierName: z.string(),
  quantity: z.number(),
  approvedQuantity: z.number().nullable(),
  status: StockRequestStatus,
  rejectionReason: z.string().nullable(),
  note: z.string().nullable(),
  shipmentId: z.number().nullable(),
  suggestion: StockSuggestion.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type StockRequest = z.infer<typeof StockRequest>;
export const StockRequestDetail = StockRequest.extend({ events: z.array(StockRequestEvent) });
export type StockRequestDetail = z.infer<typeof StockRequestDetail>;
export const StockRequestListQuery = z.object({
  region: RegionCode.optional(),
  status: StockRequestStatus.optional(),
});
export const StockRequestList = z.object({ items: z.array(StockRequest) });
export type StockRequestList = z.infer<typeof StockRequestList>;
export const StockRequestReply = z.object({ request: StockRequestDetail });
export type StockRequestReply = z.infer<typeof StockRequestReply>;
export const CreateStockRequestBody = z.object({
  location: RegionCode,
  item: StockItemCode,
  quantity: Quantity,
  note: Text(300).optional(),
});
export type CreateStockRequestBody = z.infer<typeof CreateStockRequestBody>;
export const ApproveStockRequestBody = z.object({
  quantity: Quantity.optional(),
  note: Text(300).optional(),
});
export type ApproveStockRequestBody = z.infer<typeof ApproveStockRequestBody>;
export const RejectStockRequestBody = z.object({ reason: Reason });
export type RejectStockRequestBody = z.infer<typeof RejectStockRequestBody>;
export const ShipStockRequestBody = z.object({ documentNo: DocumentNo, occurredOn: IsoDate });
export type ShipStockRequestBody = z.infer<typeof ShipStockRequestBody>;
export const EmptyBody = z.object({}).optional();

export const StockAlertCode = z.enum(['backlog_exceeds_stock', 'ribbon_low', 'ink_out']);
export const StockAlert = z.object({
  code: StockAlertCode,
  locationCode: z.string(),
  item: StockItemCode,
  message: z.string(),
  messageEn: z.string(),
});
export type StockAlert = z.infer<typeof StockAlert>;
export const StockCoverRow = z.object({
  locationCode: z.string(),
  locationName: z.string(),
  item: StockItemCode,
  onHand: z.number(),
  inTransit: z.number(),
  backlog: z.number(),
  pacePerDay: z.number(),
  stockCards: z.number().nullable(),
  cardsNeeded: z.number(),
  daysLeft: z.number().nullable(),
  daysOfCover: z.number().nullable(),
  shortfall: z.number().nullable(),
  covered: z.boolean().nullable(),
});
export type StockCoverRow = z.infer<typeof StockCoverRow>;
export const CoverQuery = z.object({ region: RegionCode.optional() });
export const CoverReply = z.object({
  votingDay: z.string().nullable(),
  yields: z.object({ RIBBON: z.number(), FILM: z.number() }),
  rows: z.array(StockCoverRow),
  alerts: z.array(StockAlert),
});
export type CoverReply = z.infer<typeof CoverReply>;
