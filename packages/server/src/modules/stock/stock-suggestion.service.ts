import type { StockSuggestion } from '@sigap/contracts';
import {
  type CardYield,
  cardsPerUnit,
  consumptionPeriods,
  consumptionQuantity,
  demandQuantity,
  officeToday,
  PERIODS_OF_STOCK,
  type StockItem,
} from '@sigap/domain';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { authorize } from '../access';
import { getSetting } from '../settings';
import { areaLedger } from './stock.repository';
import { checkLocation } from './stock.service';
import { areaStock, needOf } from './stock-need.service';

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
