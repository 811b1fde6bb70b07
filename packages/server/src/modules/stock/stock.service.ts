import type { StockBalance, StockCard } from '@sigap/contracts';
import { officeToday, parentRegionCode, regionLevel, runningBalances, type StockItem } from '@sigap/domain';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { authorize } from '../access';
import { findRegionByCode } from '../regions';
import { stockErrors } from './stock.errors';
import { nameOf, toLine } from './stock.presenter';
import { findBalanceRow, listBalanceRows, listCardRows, regionNames } from './stock.repository';

/**
 * Stock is kept at the centre, a province, a regency/city office or a UPT under it. A UPT (unit pelaksana
 * teknis) serves a kecamatan, so its location is that district's code: a regency that has UPTs ships to
 * them and they record their own movements; one that has none never uses a district card.
 */
export async function checkLocation(handle: Db, code: string): Promise<void> {
  const level = regionLevel(code);
  if (level === 'country' && code === 'ID') return;
  if (level !== 'province' && level !== 'regency' && level !== 'district')
    throw stockErrors.badLocation(code);
  if (!(await findRegionByCode(handle.db, code))) throw stockErrors.badLocation(code);
}

/**
 * The office a location orders from and is supplied by: the regency for its UPT, the province for a
 * regency, the centre for a province.
 */
export function supplierOf(code: string): string | null {
  return code === 'ID' ? null : (parentRegionCode(code) ?? null);
}

/** A movement may be back-dated but never dated after the office's today. */
export function checkNotFuture(location: string, date: string): void {
  if (date > officeToday(location)) throw stockErrors.futureDate();
}

/** Balances of every card inside the region asked for (default: the user's scope). */
export async function listStock(handle: Db, ctx: RequestContext, region?: string): Promise<StockBalance[]> {
  const where = region ?? ctx.user.regionCode;
  authorize(ctx.user, 'stock.read', where);
  const rows = await listBalanceRows(handle.db, where);
  const names = await regionNames(
    handle.db,
    rows.map((r) => r.location_code),
  );
  return rows.map((r) => ({
    item: r.item,
    locationCode: r.location_code,
    locationName: nameOf(names, r.location_code),
    onHand: Number(r.on_hand),
    inTransit: Number(r.in_transit),
  }));
}

/** One stock card: every line in ledger order with its running balance, and the counters. */
export async function stockCard(
  handle: Db,
  ctx: RequestContext,
  location: string,
  item: StockItem,
): Promise<StockCard> {
  authorize(ctx.user, 'stock.read', location);
  await checkLocation(handle, location);
  const rows = await listCardRows(handle.db, item, location);
  const withBalance = runningBalances(rows.map((r) => ({ ...toLine(r), seq: Number(r.id) })));
  const balance = await findBalanceRow(handle.db, item, location);
  const names = await regionNames(handle.db, [location]);
  return {
    item,
    locationCode: location,
    locationName: nameOf(names, location),
    onHand: Number(balance?.on_hand ?? 0),
    inTransit: Number(balance?.in_transit ?? 0),
    lines: withBalance.map(({ seq: _seq, ...l }) => l),
  };
}
