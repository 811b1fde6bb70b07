import type { Db } from '../../db/connect';
import { findBalanceRow } from './stock.repository';

/**
 * Blanko on hand at a regency/city office, for the suket rule "a PRR resident whose office has blanko is
 * printed, not given a suket". The print queue (issue 13) will export `officeHasBlanko`; until it lands
 * sukets read the stock card here.
 */
export async function blankoOnHand(handle: Db, regencyCode: string): Promise<number> {
  const row = await findBalanceRow(handle.db, 'BLANKO', regencyCode);
  return row ? Number(row.on_hand) : 0;
}
