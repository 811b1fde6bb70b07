import { countDifference, firstNegativeAfter } from '@sigap/domain';
import type { Kysely } from 'kysely';
import type { EngineStore } from '../../db/engine/engine-store';
import type { Database, StockItemCode, StockMoveCode } from '../../db/schema';
import { stockErrors } from './stock.errors';
import {
  addToBalance,
  cardLedger,
  ensureBalanceRow,
  insertLineRow,
  latestOccurredOn,
  lockBalanceRow,
  type StockLineRow,
} from './stock.repository';

/** One movement on one card. `quantity` is signed; a count gives `counted` and derives its quantity. */
export interface LineInput {
  item: StockItemCode;
  location: string;
  move: StockMoveCode;
  quantity: number;
  counted?: number;
  occurredOn: string;
  reason?: string | null;
  documentNo?: string | null;
  counterpart?: string | null;
  shipmentId?: number | null;
  requestId?: number | null;
  actorId: number | null;
  note?: string | null;
  /** What the line also moves on the card's in-transit counter (receiving a shipment: −shipped). */
  inTransitDelta?: number;
}

/**
 * Locks the counter rows of the cards a transaction will write, always in the same order (item, then
 * location), so two writers that touch the same two cards wait for each other instead of deadlocking.
 */
export async function lockCards(
  trx: Kysely<Database>,
  store: EngineStore,
  cards: readonly { item: StockItemCode; location: string }[],
  now: string,
): Promise<void> {
  const sorted = [...cards].sort((a, b) =>
    `${a.item} ${a.location}`.localeCompare(`${b.item} ${b.location}`),
  );
  for (const c of sorted) {
    await ensureBalanceRow(trx, c.item, c.location, now);
    await lockBalanceRow(trx, store, c.item, c.location);
  }
}

/**
 * Writes one ledger line and moves the card's counter, in the caller's transaction. The card's counter row
 * is locked first (PostgreSQL `FOR UPDATE`; SQLite's one writer serialises), then the rule is checked on
 * what is stored now: a line dated on or after the card's latest line only has to keep today's balance
 * at zero or above; a back-dated debit (or a count, whose difference depends on its date) re-reads the
 * card and is refused when any later running balance would go below zero.
 */
export async function postLine(
  trx: Kysely<Database>,
  store: EngineStore,
  input: LineInput,
): Promise<StockLineRow> {
  const now = new Date().toISOString();
  await ensureBalanceRow(trx, input.item, input.location, now);
  const balance = await lockBalanceRow(trx, store, input.item, input.location);
  let quantity = input.quantity;
  const latest = await latestOccurredOn(trx, input.item, input.location);
  const backDated = latest !== null && input.occurredOn < latest;
  if (input.move === 'count' || (quantity < 0 && backDated)) {
    const card = await cardLedger(trx, input.item, input.location);
    if (input.move === 'count') quantity = countDifference(card, input.occurredOn, input.counted ?? 0);
    const line = { occurredOn: input.occurredOn, seq: Number.MAX_SAFE_INTEGER, quantity };
    const negative = quantity < 0 ? firstNegativeAfter(card, line) : null;
    if (negative) throw stockErrors.negative(negative.date, negative.balance);
  } else if (Number(balance.on_hand) + quantity < 0) {
    throw stockErrors.negative(input.occurredOn, Number(balance.on_hand) + quantity);
  }
  const row = await insertLineRow(trx, {
    item: input.item,
    location_code: input.location,
    move: input.move,
    quantity,
    counted: input.move === 'count' ? (input.counted ?? 0) : null,
    occurred_on: input.occurredOn,
    processed_at: now,
    reason: input.reason ?? null,
    document_no: input.documentNo ?? null,
    counterpart_code: input.counterpart ?? null,
    shipment_id: input.shipmentId ?? null,
    request_id: input.requestId ?? null,
    actor_id: input.actorId,
    note: input.note ?? null,
  });
  await addToBalance(
    trx,
    input.item,
    input.location,
    { onHand: quantity, inTransit: input.inTransitDelta ?? 0 },
    now,
  );
  return row;
}

/**
 * Consumption by printing, for other modules inside THEIR transaction (a print writes the resident and
 * consumes its blanko, ribbon and film share atomically): a printed card is `consume`, a spoiled one
 * `spoil` with its reason. Refused (AppError `stock_negative`) when the office has none; the caller's own
 * audit entry covers it, so none is written here. Call it BEFORE the caller's `recordAudit`: every stock
 * writer takes the card's row lock first and the audit chain's lock last, so no two transactions wait on
 * each other's lock in opposite order (PostgreSQL would abort one as a deadlock).
 */
export async function consumeStock(
  trx: Kysely<Database>,
  store: EngineStore,
  input: {
    item: StockItemCode;
    location: string;
    quantity: number;
    occurredOn: string;
    kind: 'consume' | 'spoil';
    reason?: string | null;
    actorId: number | null;
    note?: string | null;
  },
): Promise<StockLineRow> {
  return postLine(trx, store, {
    item: input.item,
    location: input.location,
    move: input.kind,
    quantity: -Math.abs(input.quantity),
    occurredOn: input.occurredOn,
    reason: input.reason ?? null,
    actorId: input.actorId,
    note: input.note ?? null,
  });
}
