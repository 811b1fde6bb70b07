/**
 * Printing (issue 13): the print queue of an office (PRR residents not yet printed, voters of the next
 * election first), printing one card or a batch, spoiled cards, handover and the blanko reconciliation.
 * Messages are "Indonesian|English".
 */
import { z } from 'zod';
import { IsoDate, RegionCode } from './common';
import { PrintSupplies } from './stock-planning';

export const PrintQueueQuery = z.object({
  /** The printing office: a regency/city. */
  office: RegionCode,
  district: RegionCode.optional(),
  village: RegionCode.optional(),
  /** A name (part of it) or a NIK (whole or its start). */
  q: z.string().trim().max(60).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type PrintQueueQuery = z.infer<typeof PrintQueueQuery>;

export const PrintQueueItem = z.object({
  id: z.number(),
  nikMasked: z.string(),
  fullName: z.string(),
  villageCode: z.string(),
  villageName: z.string(),
  districtCode: z.string(),
  districtName: z.string(),
  /** A voter of the next election in the office's region (printed first). */
  voter: z.boolean(),
  /** When the resident became PRR (history), or the recording date when the history does not say. */
  prrSince: z.string().nullable(),
  phone: z.boolean(),
});
export type PrintQueueItem = z.infer<typeof PrintQueueItem>;

export const PrintQueuePage = z.object({
  office: z.object({ code: z.string(), name: z.string() }),
  votingDay: z.string().nullable(),
  blanko: z.number(),
  /** Ribbon and film prints left and ink on hand at the office (the stock module's one figure). */
  supplies: PrintSupplies,
  items: z.array(PrintQueueItem),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
export type PrintQueuePage = z.infer<typeof PrintQueuePage>;

const Reason = z
  .string()
  .trim()
  .min(3, 'Alasan paling sedikit 3 karakter.|The reason needs at least 3 characters.')
  .max(200, 'Paling panjang 200 karakter.|At most 200 characters.');

/** Print one card; `spoiled` records a spoiled card (it consumes a blanko, the resident stays waiting). */
export const PrintCardBody = z.object({
  spoiled: z.boolean().default(false),
  reason: Reason.optional(),
});
export type PrintCardBody = z.infer<typeof PrintCardBody>;

export const PrintedCard = z.object({
  id: z.number(),
  residentId: z.number(),
  officeCode: z.string(),
  printedOn: z.string(),
  spoiled: z.boolean(),
  spoilReason: z.string().nullable(),
  operator: z.string().nullable(),
  handedOverOn: z.string().nullable(),
  receivedBy: z.string().nullable(),
  receiverName: z.string().nullable(),
});
export type PrintedCard = z.infer<typeof PrintedCard>;
export const PrintCardReply = z.object({ card: PrintedCard });
export type PrintCardReply = z.infer<typeof PrintCardReply>;

export const PrintBatchBody = z.object({
  office: RegionCode,
  residentIds: z
    .array(z.number().int().positive())
    .min(1, 'Pilih paling sedikit satu penduduk.|Select at least one resident.')
    .max(100, 'Paling banyak 100 kartu sekali cetak.|At most 100 cards per batch.'),
});
export type PrintBatchBody = z.infer<typeof PrintBatchBody>;

export const PrintBatchReply = z.object({
  printed: z.number(),
  refused: z.array(
    z.object({ residentId: z.number(), error: z.string(), message: z.string(), messageEn: z.string() }),
  ),
});
export type PrintBatchReply = z.infer<typeof PrintBatchReply>;

export const HandoverBody = z.object({
  /** `resident` or a family member's relation to the resident (e.g. `suami`, `ibu`). */
  receivedBy: z.enum(['resident', 'spouse', 'parent', 'child', 'sibling', 'other_family']),
  /** Name of the family member who received the card (required unless the resident did). */
  receiverName: z.string().trim().max(100).optional(),
  date: IsoDate.optional(),
});
export type HandoverBody = z.infer<typeof HandoverBody>;

export const AwaitingHandoverQuery = z.object({ office: RegionCode });
/** A card printed in Sigap that has not left the office yet. */
export const AwaitingCard = z.object({
  cardId: z.number(),
  residentId: z.number(),
  fullName: z.string(),
  nikMasked: z.string(),
  villageCode: z.string(),
  printedOn: z.string(),
});
export type AwaitingCard = z.infer<typeof AwaitingCard>;
export const AwaitingHandoverReply = z.object({ items: z.array(AwaitingCard) });
export type AwaitingHandoverReply = z.infer<typeof AwaitingHandoverReply>;

export const ReconciliationQuery = z.object({ region: RegionCode.optional() });
export const ReconciliationRow = z.object({
  regionCode: z.string(),
  regionName: z.string(),
  /** Blanko leaving the ledger by printing: consume + spoil lines. */
  blankoConsumed: z.number(),
  printedInSigap: z.number(),
  /** Print-status moves to printed from SIAK imports (resident history, source import). */
  printedByImport: z.number(),
  spoiled: z.number(),
  /** blankoConsumed − (printedInSigap + printedByImport + spoiled): zero when every blanko is explained. */
  gap: z.number(),
});
export type ReconciliationRow = z.infer<typeof ReconciliationRow>;
export const ReconciliationReply = z.object({ rows: z.array(ReconciliationRow) });
export type ReconciliationReply = z.infer<typeof ReconciliationReply>;

export const FinishRollBody = z.object({ office: RegionCode, item: z.enum(['RIBBON', 'FILM']) });
export const FinishRollReply = z.object({ item: z.string(), cards: z.number() });
