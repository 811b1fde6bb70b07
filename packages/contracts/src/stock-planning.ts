/**
 * Stock requests up the hierarchy with their suggested quantity, and days of cover to voting day (issue 13).
 * Messages are "Indonesian|English".
 */
import { z } from 'zod';
import { IsoDate, RegionCode } from './common';
import {
  StockDocumentNo,
  StockItemCode,
  StockQuantity,
  StockReason,
  StockRequestStatus,
  StockText,
} from './stock';

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
  quantity: StockQuantity,
  note: StockText(300).optional(),
});
export type CreateStockRequestBody = z.infer<typeof CreateStockRequestBody>;
export const ApproveStockRequestBody = z.object({
  quantity: StockQuantity.optional(),
  note: StockText(300).optional(),
});
export type ApproveStockRequestBody = z.infer<typeof ApproveStockRequestBody>;
export const RejectStockRequestBody = z.object({ reason: StockReason });
export type RejectStockRequestBody = z.infer<typeof RejectStockRequestBody>;
export const ShipStockRequestBody = z.object({ documentNo: StockDocumentNo, occurredOn: IsoDate });
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
  /** Ribbon and film: cards the units on hand and those loaded in printers still print (no in transit). */
  printsLeft: z.number().nullable(),
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

/** A ribbon or film at a printing office: the one "prints left" figure and what it is made of. */
export const UnitSupply = z.object({
  item: z.enum(['RIBBON', 'FILM']),
  unitsOnHand: z.number(),
  /** Cards printed on the unit in the printer; null when none is loaded. */
  loadedCards: z.number().nullable(),
  /** The `stock_card_yield` setting in force: cards a unit prints (and the loaded one closes at). */
  yieldCards: z.number(),
  /** Mean cards of the office's finished units (latest five); null when none finished. */
  measuredYield: z.number().nullable(),
  printsLeft: z.number(),
});
export type UnitSupply = z.infer<typeof UnitSupply>;
export const PrintSupplies = z.object({
  units: z.array(UnitSupply),
  /** The `stock_ribbon_alert_prints` setting in force: below it the ribbon is flagged. */
  ribbonAlertBelow: z.number(),
  ribbonLow: z.boolean(),
  inkOnHand: z.number(),
});
export type PrintSupplies = z.infer<typeof PrintSupplies>;
