import type { PrintSupplies, UnitSupply } from '@sigap/contracts';
import { type CardYield, isWithinScope, loadedLeft, measuredYield, printsLeft } from '@sigap/domain';
import type { Db } from '../../db/connect';
import { getSetting } from '../settings';
import { findBalanceRow } from './stock.repository';
import { finishedUnitCards, loadedUnitsWithin } from './stock-supply.repository';

const UNITS = ['RIBBON', 'FILM'] as const;

/**
 * Cards still printed by the units loaded in printers inside each office's area, per item: what days of
 * cover and the "ribbon low" alert add to the units on the stock cards (a loaded unit is off the card).
 */
export async function loadedCardsByOffice(
  handle: Db,
  region: string,
  offices: readonly string[],
  yields: CardYield,
): Promise<Map<string, number>> {
  const loaded = await loadedUnitsWithin(handle.db, region);
  const out = new Map<string, number>();
  for (const office of offices)
    for (const item of UNITS) {
      const inside = loaded.filter((u) => u.item === item && isWithinScope(office, u.office_code));
      const left = inside.reduce(
        (s, u) => s + loadedLeft({ unitsOnHand: 0, loadedCards: Number(u.cards), yieldCards: yields[item] }),
        0,
      );
      out.set(`${office} ${item}`, left);
    }
  return out;
}

/** Ribbon and film prints left, the measured yield and the ink of one printing office (/cetak). */
export async function printSupplies(handle: Db, office: string): Promise<PrintSupplies> {
  const yields = await getSetting(handle.db, office, 'stock_card_yield');
  const alertBelow = await getSetting(handle.db, office, 'stock_ribbon_alert_prints');
  const loaded = await loadedUnitsWithin(handle.db, office);
  const units: UnitSupply[] = [];
  for (const item of UNITS) {
    const row = await findBalanceRow(handle.db, item, office);
    const inPrinter = loaded.find((u) => u.item === item && u.office_code === office);
    const supply = {
      unitsOnHand: Number(row?.on_hand ?? 0),
      loadedCards: inPrinter ? Number(inPrinter.cards) : null,
      yieldCards: yields[item],
    };
    units.push({
      item,
      ...supply,
      measuredYield: measuredYield(await finishedUnitCards(handle.db, office, item)),
      printsLeft: printsLeft(supply),
    });
  }
  const ribbon = units.find((u) => u.item === 'RIBBON')?.printsLeft ?? 0;
  const ink = await findBalanceRow(handle.db, 'INK', office);
  return {
    units,
    ribbonAlertBelow: alertBelow,
    ribbonLow: ribbon < alertBelow,
    inkOnHand: Number(ink?.on_hand ?? 0),
  };
}
