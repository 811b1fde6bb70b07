import type { CoverReply, StockAlert, StockCoverRow, StockSuggestion } from '@sigap/contracts';
import {
  type CardYield,
  cardsPerUnit,
  consumptionPeriods,
  consumptionQuantity,
  daysOfCover,
  demandQuantity,
  isWithinScope,
  officeToday,
  PERIODS_OF_STOCK,
  RIBBON_ALERT_PRINTS,
  regionLevel,
  STOCK_ITEMS,
  type StockItem,
} from '@sigap/domain';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { authorize } from '../access';
import { figuresForMany } from '../counters';
import { childForecasts, forecastContext } from '../forecast';
import { getSetting } from '../settings';
import { nameOf } from './stock.presenter';
import { areaLedger, listBalanceRows, regionNames } from './stock.repository';
import { checkLocation } from './stock.service';

/** The need side of a region and its office children: PRR backlog now and new PRR a day (the forecast's pace). */
interface Need {
  today: string;
  votingDay: string | null;
  /** Office codes: the region itself first, then its children offices (provinces of the centre, regencies of a province). */
  offices: string[];
  backlog: Map<string, number>;
  pace: Map<string, number>;
}

/**
 * Reads the forecast of the region's children once: a child's pace is its own (recordings a day, which
 * become PRR after de-duplication), the region's is their sum; the voting day is the forecast's deadline.
 */
async function needOf(handle: Db, region: string, now: Date, scope: string): Promise<Need> {
  const c = await forecastContext(handle, { region }, now, scope);
  const children = await childForecasts(handle, c);
  const pace = new Map<string, number>();
  let total = 0;
  for (const ch of children) {
    const p = ch.forecast.paceLast28 ?? ch.forecast.paceLast7 ?? 0;
    pace.set(ch.code, p);
    total += p;
  }
  pace.set(region, total);
  const level = regionLevel(region);
  const childOffices = level === 'country' || level === 'province' ? children.map((ch) => ch.code) : [];
  const offices = [region, ...childOffices];
  const figures = await figuresForMany(handle.db, offices, c.today);
  const backlog = new Map(offices.map((o) => [o, figures.get(o)?.printReadyWaiting ?? 0]));
  return { today: c.today, votingDay: c.deadline, offices, backlog, pace };
}

/** On hand and in transit of every card inside each office's area (an office counts the stock below it). */
async function areaStock(handle: Db, region: string, offices: readonly string[]) {
  const rows = await listBalanceRows(handle.db, region);
  const out = new Map<string, { onHand: number; inTransit: number; cards: number }>();
  for (const office of offices) {
    for (const item of STOCK_ITEMS) {
      const inside = rows.filter((r) => r.item === item && isWithinScope(office, r.location_code));
      out.set(`${office} ${item}`, {
        onHand: inside.reduce((s, r) => s + Number(r.on_hand), 0),
        inTransit: inside.reduce((s, r) => s + Number(r.in_transit), 0),
        cards: inside.length,
      });
    }
  }
  return out;
}

async function coverRows(handle: Db, region: string, now: Date, scope: string) {
  const need = await needOf(handle, region, now, scope);
  const yields = await getSetting(handle.db, region, 'stock_card_yield');
  const stock = await areaStock(handle, region, need.offices);
  const names = await regionNames(handle.db, need.offices);
  const rows: (StockCoverRow & { hasCard: boolean })[] = [];
  for (const office of need.offices) {
    for (const item of STOCK_ITEMS) {
      const s = stock.get(`${office} ${item}`) ?? { onHand: 0, inTransit: 0, cards: 0 };
      const backlog = need.backlog.get(office) ?? 0;
      const pacePerDay = need.pace.get(office) ?? 0;
      const cover = daysOfCover({
        item,
        onHand: s.onHand,
        inTransit: s.inTransit,
        backlog,
        pacePerDay,
        today: need.today,
        votingDay: need.votingDay,
        yields,
      });
      rows.push({
        locationCode: office,
        locationName: nameOf(names, office),
        item,
        onHand: s.onHand,
        inTransit: s.inTransit,
        backlog,
        pacePerDay,
        ...cover,
        hasCard: s.cards > 0,
      });
    }
  }
  return { need, yields, rows };
}

/**
 * The alerts of an office's cards, only for offices that keep a card of the item in Sigap (an office that
 * never recorded stock here is not judged on zero): backlog beyond the blanko on hand and on the way, a
 * ribbon stock printing fewer than RIBBON_ALERT_PRINTS cards, ink out while residents wait.
 */
function alertsOf(rows: readonly (StockCoverRow & { hasCard: boolean })[]): StockAlert[] {
  const out: StockAlert[] = [];
  for (const r of rows.filter((x) => x.hasCard)) {
    const at = `${r.locationName}`;
    if (r.item === 'BLANKO' && r.backlog > (r.stockCards ?? 0)) {
      out.push({
        code: 'backlog_exceeds_stock',
        locationCode: r.locationCode,
        item: r.item,
        message: `${at}: ${r.backlog} PRR menunggu cetak, blanko tersedia ${r.stockCards ?? 0}.`,
        messageEn: `${at}: ${r.backlog} PRR waiting for print, ${r.stockCards ?? 0} blanko available.`,
      });
    }
    if (r.item === 'RIBBON' && r.backlog > 0 && (r.stockCards ?? 0) < RIBBON_ALERT_PRINTS) {
      out.push({
        code: 'ribbon_low',
        locationCode: r.locationCode,
        item: r.item,
        message: `${at}: ribbon tinggal untuk ${r.stockCards ?? 0} cetakan (di bawah ${RIBBON_ALERT_PRINTS}).`,
        messageEn: `${at}: ribbon left for ${r.stockCards ?? 0} prints (below ${RIBBON_ALERT_PRINTS}).`,
      });
    }
    if (r.item === 'INK' && r.onHand <= 0 && r.backlog > 0) {
      out.push({
        code: 'ink_out',
        locationCode: r.locationCode,
        item: r.item,
        message: `${at}: tinta habis.`,
        messageEn: `${at}: ink is out.`,
      });
    }
  }
  return out;
}

/** Days of cover to voting day per item and office of a region, with the alerts. */
export async function stockCover(
  handle: Db,
  ctx: RequestContext,
  region?: string,
  now = new Date(),
): Promise<CoverReply> {
  const where = region ?? ctx.user.regionCode;
  authorize(ctx.user, 'stock.read', where);
  await checkLocation(handle, where);
  const { need, yields, rows } = await coverRows(handle, where, now, ctx.user.regionCode);
  return {
    votingDay: need.votingDay,
    yields,
    rows: rows.map(({ hasCard: _h, ...r }) => r),
    alerts: alertsOf(rows),
  };
}

/**
 * The stock alerts of `parent`'s office children (and of the parent itself), for the watch list and the
 * daily report: no access check, callers check theirs.
 */
export async function stockAlertsFor(handle: Db, parent: string, now = new Date()): Promise<StockAlert[]> {
  const level = regionLevel(parent);
  if (level !== 'country' && level !== 'province' && level !== 'regency') return [];
  const { rows } = await coverRows(handle, parent, now, 'ID');
  return alertsOf(rows);
}

/**
 * The suggested quantity of a request, both ways: demand (PRR backlog + new PRR over the lead time − on
 * hand − in transit, through the item's yield) and consumption (adjusted for stock-out days, OpenLMIS).
 */
export async function suggestQuantity(
  handle: Db,
  ctx: RequestContext,
  location: string,
  item: StockItem,
  now = new Date(),
): Promise<StockSuggestion> {
  authorize(ctx.user, 'stock.read', location);
  await checkLocation(handle, location);
  const need = await needOf(handle, location, now, ctx.user.regionCode);
  const today = officeToday(location, now);
  const s = (await areaStock(handle, location, [location])).get(`${location} ${item}`) ?? {
    onHand: 0,
    inTransit: 0,
  };
  const yields: CardYield = await getSetting(handle.db, location, 'stock_card_yield');
  const leadTimeDays = await getSetting(handle.db, location, 'stock_lead_time_days');
  const backlog = need.backlog.get(location) ?? 0;
  const pacePerDay = need.pace.get(location) ?? 0;
  const d = demandQuantity({
    item,
    backlog,
    pacePerDay,
    leadTimeDays,
    onHand: s.onHand,
    inTransit: s.inTransit,
    yields,
  });
  const periods = consumptionPeriods(await areaLedger(handle.db, item, location), today);
  const q = consumptionQuantity(periods, s.onHand, s.inTransit);
  return {
    item,
    locationCode: location,
    today,
    onHand: s.onHand,
    inTransit: s.inTransit,
    demand: d && { backlog, pacePerDay, leadTimeDays, cardsPerUnit: cardsPerUnit(item, yields) ?? 1, ...d },
    consumption: {
      periods,
      average: q.average,
      periodsOfStock: PERIODS_OF_STOCK,
      maximum: q.maximum,
      order: q.order,
    },
    suggested: Math.max(d?.order ?? 0, q.order),
  };
}
