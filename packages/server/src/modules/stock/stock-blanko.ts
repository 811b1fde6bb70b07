import type { Db } from '../../db/connect';
import { findBalanceRow } from './stock.repository';

/**
 * Blanko on hand at a regency/city office, from its stock card: the one number the print queue, the daily
 * report's suggested blanko figure and the suket rule ("a PRR resident whose office has blanko is printed,
 * not given a suket", through the print module's `officeHasBlanko`) all read.
 */
export async function blankoOnHand(handle: Db, regencyCode: string): Promise<number> {
  const row = await findBalanceRow(handle.db, 'BLANKO', regencyCode);
  return row ? Number(row.on_hand) : 0;
}
