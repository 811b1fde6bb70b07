import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { withinScope } from '../../db/scope-filter';

/**
 * The ribbon and film units loaded in printers inside a region. A loaded unit already left the stock card
 * (its `consume` line, `print_rolls.stock_line_id`), so its remaining cards are read here: the printing
 * module keeps the row, this module owns what the figure means for stock.
 */
export function loadedUnitsWithin(db: Kysely<Database>, region: string) {
  return db
    .selectFrom('print_rolls')
    .select(['office_code', 'item', 'cards'])
    .where('finished_at', 'is', null)
    .where(withinScope('office_code', region))
    .execute();
}

/** Cards printed by an office's latest finished units of an item (the measured yield). */
export async function finishedUnitCards(
  db: Kysely<Database>,
  office: string,
  item: 'RIBBON' | 'FILM',
  latest = 5,
): Promise<number[]> {
  const rows = await db
    .selectFrom('print_rolls')
    .select('cards')
    .where('office_code', '=', office)
    .where('item', '=', item)
    .where('finished_at', 'is not', null)
    .orderBy('finished_at', 'desc')
    .orderBy('id', 'desc')
    .limit(latest)
    .execute();
  return rows.map((r) => Number(r.cards));
}
