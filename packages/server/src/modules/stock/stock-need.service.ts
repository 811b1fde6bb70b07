import { isWithinScope, regionLevel, STOCK_ITEMS } from '@sigap/domain';
import type { Db } from '../../db/connect';
import { figuresForMany } from '../counters';
import { childForecasts, forecastContext } from '../forecast';
import { listBalanceRows } from './stock.repository';

/** The need side of a region and its office children: PRR backlog now and new PRR a day (the forecast's pace). */
export interface Need {
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
export async function needOf(handle: Db, region: string, now: Date, scope: string): Promise<Need> {
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
export async function areaStock(handle: Db, region: string, offices: readonly string[]) {
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
