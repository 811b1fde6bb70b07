import type { CoverReply, StockAlert, StockCoverRow } from '@sigap/contracts';
import { daysOfCover, RIBBON_ALERT_PRINTS, regionLevel, STOCK_ITEMS } from '@sigap/domain';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { authorize } from '../access';
import { getSetting } from '../settings';
import { nameOf } from './stock.presenter';
import { regionNames } from './stock.repository';
import { checkLocation } from './stock.service';
import { areaStock, needOf } from './stock-need.service';

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
