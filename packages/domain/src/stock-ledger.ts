/**
 * The stock ledger of printing supplies (issue 13), pure: one card per item and location whose lines carry a
 * signed quantity, the date the movement happened (`occurredOn`) and the order it was processed in. Stock on
 * hand is derived from the lines, never typed (anchor: OpenLMIS stock cards, whose reasons are credit, debit
 * or balance adjustment, and whose physical count becomes the balance).
 *
 * Rules decided here:
 * - lines are ordered by occurred date, then by processing order: a line back-dated into the past is placed
 *   where it happened and every later running balance is recomputed;
 * - no running balance may go below zero at any point of the card, so a back-dated debit is refused when a
 *   later balance would drop below zero, even though today's balance could absorb it (the known failure of
 *   other systems: a back-dated entry silently driving history negative);
 * - a physical count states the balance on its date: its line is the difference from the balance then.
 */
export const STOCK_ITEMS = ['BLANKO', 'RIBBON', 'FILM', 'INK'] as const;
export type StockItem = (typeof STOCK_ITEMS)[number];

/**
 * What a line does: `receive` from outside the ledger (the centre's supply), `ship` out to another
 * location (it is then in transit), `accept` at the destination (proof of delivery), `reject` a shipped
 * quantity on receipt (reported back to the sender, never stock anywhere), `consume` by printing, `spoil`
 * (a spoiled card), `adjust` with a reason, `count` (stock opname).
 */
export const STOCK_MOVES = ['receive', 'ship', 'accept', 'consume', 'spoil', 'adjust', 'count'] as const;
export type StockMove = (typeof STOCK_MOVES)[number];

export interface LedgerLine {
  occurredOn: string;
  /** Processing order (the stored id): ties on a date keep the order the lines were written in. */
  seq: number;
  /** Signed: credits positive, debits negative. A count's line holds the difference it derived. */
  quantity: number;
}

export function compareLines(a: LedgerLine, b: LedgerLine): number {
  if (a.occurredOn !== b.occurredOn) return a.occurredOn < b.occurredOn ? -1 : 1;
  return a.seq - b.seq;
}

/** The card's lines in ledger order with the running balance after each. */
export function runningBalances<T extends LedgerLine>(lines: readonly T[]): (T & { balance: number })[] {
  let balance = 0;
  return [...lines].sort(compareLines).map((l) => {
    balance += l.quantity;
    return { ...l, balance };
  });
}

/** The balance at the end of a date (all lines on or before it). */
export function balanceOn(lines: readonly LedgerLine[], date: string): number {
  return lines.reduce((sum, l) => (l.occurredOn <= date ? sum + l.quantity : sum), 0);
}

export function balanceOf(lines: readonly LedgerLine[]): number {
  return lines.reduce((sum, l) => sum + l.quantity, 0);
}

/**
 * Whether adding `line` keeps every running balance of the card at zero or above. Returns the first date
 * whose balance would go negative (the one to name in the refusal), or null when the line may be written.
 */
export function firstNegativeAfter(
  lines: readonly LedgerLine[],
  line: LedgerLine,
): { date: string; balance: number } | null {
  for (const l of runningBalances([...lines, line])) {
    if (l.balance < 0 && compareLines(l, line) >= 0) return { date: l.occurredOn, balance: l.balance };
  }
  return null;
}

/** The line a physical count on `date` derives: the counted quantity minus the balance then. */
export function countDifference(lines: readonly LedgerLine[], date: string, counted: number): number {
  return counted - balanceOn(lines, date);
}

/**
 * A month's consumption scaled up for the days the office had none (OpenLMIS's adjusted consumption):
 * N = ⌈C × 30M ÷ (30M − stock-out days)⌉ for a period of M months. A period out of stock throughout gives C.
 */
export function adjustedConsumption(consumed: number, stockOutDays: number, months = 1): number {
  const days = 30 * months;
  if (stockOutDays <= 0 || stockOutDays >= days) return consumed;
  return Math.ceil((consumed * days) / (days - stockOutDays));
}

/**
 * The quantity to order: max = average adjusted consumption × periods of stock to keep; order =
 * max(0, max − stock on hand − in transit).
 */
export function orderQuantity(input: {
  adjustedConsumptions: readonly number[];
  periodsOfStock: number;
  onHand: number;
  inTransit: number;
}): { average: number; maximum: number; order: number } {
  const n = input.adjustedConsumptions.length;
  const average = n === 0 ? 0 : Math.ceil(input.adjustedConsumptions.reduce((a, b) => a + b, 0) / n);
  const maximum = average * input.periodsOfStock;
  return { average, maximum, order: Math.max(0, maximum - input.onHand - input.inTransit) };
}
