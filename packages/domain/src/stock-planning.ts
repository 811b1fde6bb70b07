import { addDays, compareIsoDates } from './dates';
import { adjustedConsumption, type LedgerLine, orderQuantity, type StockItem } from './stock-ledger';
import { daysBetween } from './timezones';

/**
 * Planning on top of the ledger (issue 13): what a request should ask for and how many days the stock
 * lasts. Everything is counted in cards: a blanko is one card, a ribbon or a film prints `yield` cards
 * (setting `stock_card_yield`, default 500; offices report far fewer, so the measured yield is kept).
 * Ink has no yield in cards: only its consumption says how much to order, and "out" is its alert.
 */
export const DEFAULT_CARD_YIELD = { RIBBON: 500, FILM: 500 } as const;
/**
 * A ribbon with fewer prints left than this is flagged (about a day's printing at a busy office): the
 * default of the `stock_ribbon_alert_prints` setting.
 */
export const RIBBON_ALERT_PRINTS = 250;
/** Consumption periods of 30 days the order quantity looks back on, and how many periods of stock to keep. */
export const CONSUMPTION_PERIODS = 3;
export const PERIODS_OF_STOCK = 2;

export interface CardYield {
  RIBBON: number;
  FILM: number;
}

/** Cards one unit of an item prints; null for ink (it is not counted in cards). */
export function cardsPerUnit(item: StockItem, yields: CardYield): number | null {
  if (item === 'BLANKO') return 1;
  if (item === 'INK') return null;
  return yields[item];
}

/** Days in [from, to] whose closing balance was zero or less (stock-out days of OpenLMIS). */
export function stockOutDays(lines: readonly LedgerLine[], from: string, to: string): number {
  const sorted = [...lines].sort((a, b) => compareIsoDates(a.occurredOn, b.occurredOn));
  let balance = 0;
  let i = 0;
  while (i < sorted.length && (sorted[i] as LedgerLine).occurredOn < from)
    balance += (sorted[i++] as LedgerLine).quantity;
  let out = 0;
  for (let d = from; d <= to; d = addDays(d, 1)) {
    while (i < sorted.length && (sorted[i] as LedgerLine).occurredOn === d)
      balance += (sorted[i++] as LedgerLine).quantity;
    if (balance <= 0) out++;
  }
  return out;
}

/** One 30-day period of consumption (consume + spoil, as a positive number) with its stock-out days. */
export interface ConsumptionPeriod {
  from: string;
  to: string;
  consumed: number;
  stockOutDays: number;
  adjusted: number;
}

/** The last `periods` whole 30-day periods ending on `today`, each with its adjusted consumption. */
export function consumptionPeriods(
  card: readonly (LedgerLine & { consumption: boolean })[],
  today: string,
  periods = CONSUMPTION_PERIODS,
): ConsumptionPeriod[] {
  const out: ConsumptionPeriod[] = [];
  for (let p = periods - 1; p >= 0; p--) {
    const to = addDays(today, -30 * p);
    const from = addDays(to, -29);
    const consumed = -card
      .filter((l) => l.consumption && l.occurredOn >= from && l.occurredOn <= to)
      .reduce((s, l) => s + l.quantity, 0);
    const outDays = stockOutDays(card, from, to);
    out.push({ from, to, consumed, stockOutDays: outDays, adjusted: adjustedConsumption(consumed, outDays) });
  }
  return out;
}

export interface DemandInput {
  item: StockItem;
  /** PRR residents waiting for a card in the area. */
  backlog: number;
  /** New PRR per day (the command center's recording pace). */
  pacePerDay: number;
  leadTimeDays: number;
  onHand: number;
  inTransit: number;
  yields: CardYield;
}

/**
 * The demand-based quantity: cards needed (backlog + pace × lead time) converted into units of the item,
 * minus what is on hand and on its way. Null for ink (no yield in cards).
 */
export function demandQuantity(
  i: DemandInput,
): { cardsNeeded: number; unitsNeeded: number; order: number } | null {
  const per = cardsPerUnit(i.item, i.yields);
  if (per === null) return null;
  const cardsNeeded = i.backlog + Math.ceil(i.pacePerDay * i.leadTimeDays);
  const unitsNeeded = Math.ceil(cardsNeeded / per);
  return { cardsNeeded, unitsNeeded, order: Math.max(0, unitsNeeded - i.onHand - i.inTransit) };
}

/** The consumption-based quantity: average adjusted consumption × periods of stock − on hand − in transit. */
export function consumptionQuantity(
  periods: readonly ConsumptionPeriod[],
  onHand: number,
  inTransit: number,
) {
  return orderQuantity({
    adjustedConsumptions: periods.map((p) => p.adjusted),
    periodsOfStock: PERIODS_OF_STOCK,
    onHand,
    inTransit,
  });
}

export interface CoverInput {
  item: StockItem;
  onHand: number;
  inTransit: number;
  backlog: number;
  pacePerDay: number;
  today: string;
  /** The next voting day; null when none is scheduled (cover is then counted against the backlog only). */
  votingDay: string | null;
  yields: CardYield;
  /** Cards the units already loaded in printers still print (`printsLeft`'s loaded part); 0 when none. */
  loadedCards?: number;
}

export interface Cover {
  /** Cards the stock prints (ink: null). */
  stockCards: number | null;
  /** Cards needed until voting day: backlog + forecast new PRR. */
  cardsNeeded: number;
  daysLeft: number | null;
  /** Days the stock lasts at the rate the need implies; null when nothing is needed or ink. */
  daysOfCover: number | null;
  shortfall: number | null;
  covered: boolean | null;
}

/** Stock against the need until voting day: the backlog now plus the new PRR the pace brings by then. */
export function daysOfCover(i: CoverInput): Cover {
  const per = cardsPerUnit(i.item, i.yields);
  const daysLeft = i.votingDay === null ? null : Math.max(0, daysBetween(i.today, i.votingDay));
  const cardsNeeded = i.backlog + Math.ceil(i.pacePerDay * (daysLeft ?? 0));
  if (per === null) {
    return { stockCards: null, cardsNeeded, daysLeft, daysOfCover: null, shortfall: null, covered: null };
  }
  const stockCards = (i.onHand + i.inTransit) * per + (i.loadedCards ?? 0);
  const span = Math.max(1, daysLeft ?? 1);
  const perDay = cardsNeeded / span;
  return {
    stockCards,
    cardsNeeded,
    daysLeft,
    daysOfCover: perDay > 0 ? Math.floor(stockCards / perDay) : null,
    shortfall: Math.max(0, cardsNeeded - stockCards),
    covered: stockCards >= cardsNeeded,
  };
}

/** A ribbon or film supply at one office: whole units on the stock card and the unit in the printer. */
export interface UnitSupply {
  unitsOnHand: number;
  /** Cards printed on the unit loaded in the printer; null when none is loaded. */
  loadedCards: number | null;
  /** Cards a unit prints: the `stock_card_yield` setting, the figure the loaded unit also closes at. */
  yieldCards: number;
}

/** Cards the loaded unit still prints: its yield less what it printed (never below zero). */
export function loadedLeft(s: UnitSupply): number {
  return s.loadedCards === null ? 0 : Math.max(0, s.yieldCards - s.loadedCards);
}

/**
 * Prints left on an office's ribbon (or film): every unit on hand at the yield plus what the loaded unit
 * still prints. The one figure behind /cetak, days of cover and the "ribbon low" alert.
 */
export function printsLeft(s: UnitSupply): number {
  return Math.max(0, s.unitsOnHand) * s.yieldCards + loadedLeft(s);
}

/**
 * The measured yield: the mean (rounded down) of the cards the office's finished units printed, latest
 * first; null when none finished. Shown next to the setting so an office can set what it measures.
 */
export function measuredYield(finishedCards: readonly number[]): number | null {
  if (finishedCards.length === 0) return null;
  return Math.floor(finishedCards.reduce((s, n) => s + n, 0) / finishedCards.length);
}
