import type { CoverReply, StockAlert, StockCoverRow } from '@sigap/contracts';
import { daysOfCover, regionLevel, STOCK_ITEMS } from '@sigap/domain';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { authorize } from '../access';
import { getSetting } from '../settings';
import { nameOf } from './stock.presenter';
import { regionNames } from './stock.repository';
import { checkLocation } from './stock.service';
import { areaStock, needOf } from './stock-need.service';
import { loadedCardsByOffice } from './stock-supply.service';

type Row = StockCoverRow & { hasCard: boolean; alertBelow: number };

/**
 * Each office's row reads that office's settings (a regency may set its own yield and alert threshold), so
 * the watch list's ribbon figure is the one /cetak shows for the same office.
 */
async function coverRows(handle: Db, region: string, now: Date, scope: string) {
  const need = await needOf(handle, region, now, scope);
  const yields = await getSetting(handle.db, region, 'stock_card_yield');
  const stock = await areaStock(handle, region, need.offices);
  const names = await regionNames(handle.db, need.offices);
  const rows: Row[] = [];
  for (const office of need.offices) {
    const own = await getSetting(handle.db, office, 'stock_card_yield');
    const alertBelow = await getSetting(handle.db, office, 'stock_ribbon_alert_prints');
    const loaded = await loadedCardsByOffice(handle, office, [office], own);
    for (const item of STOCK_ITEMS) {
      const s = stock.get(`${office} ${item}`) ?? { onHand: 0, inTransit: 0, cards: 0 };
      const backlog = need.backlog.get(office) ?? 0;
      const pacePerDay = need.pace.get(office) ?? 0;
      const loadedCards = loaded.get(`${office} ${item}`) ?? 0;
      const unit = item === 'RIBBON' || item === 'FILM';
      const cover = daysOfCover({
        item,
        onHand: s.onHand,
        inTransit: s.inTransit,
        backlog,
        pacePerDay,
        today: need.today,
        votingDay: need.votingDay,
        yields: own,
        loadedCards,
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
        printsLeft: unit ? s.onHand * own[item] + loadedCards : null,
        hasCard: s.cards > 0 || loadedCards > 0,
        alertBelow,
      });
    }
  }
  return { need, yields, rows };
}

/**
 * The alerts of an office's cards, only for offices that keep a card of the item in Sigap (an office that
 * never recorded stock here is not judged on zero): backlog beyond the blanko on hand and on the way, a
 * ribbon printing fewer cards than the office's `stock_ribbon_alert_prints` (units on hand and the one in
 * the printer, `printsLeft`; a ribbon on its way prints nothing today), ink out while residents wait.
 */
function alertsOf(rows: readonly Row[]): StockAlert[] {
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
    const left = r.printsLeft ?? 0;
    if (r.item === 'RIBBON' && r.backlog > 0 && left < r.alertBelow) {
      out.push({
        code: 'ribbon_low',
        locationCode: r.locationCode,
        item: r.item,
        message: `${at}: ribbon tinggal untuk ${left} cetakan (di bawah ${r.alertBelow}).`,
        messageEn: `${at}: ribbon left for ${left} prints (below ${r.alertBelow}).`,
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
    rows: rows.map(({ hasCard: _h, alertBelow: _a, ...r }) => r),
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
