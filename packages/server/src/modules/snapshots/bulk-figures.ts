import type { StoredFigures } from '@sigap/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { readCounterGroupsMany } from '../counters/counters.repository';
import { figuresFromGroups, toStored } from '../counters/coverage-figures';

/**
 * `figuresFor` of many regions on one date, in the two grouped queries of
 * `readCounterGroupsMany` instead of two per region. A backfill of 60 days for a province's 250 regencies
 * and districts goes from 30,000 queries to 120. Tests hold it equal to `figuresFor` region by region.
 */
export async function figuresForMany(
  db: Kysely<Database>,
  codes: readonly string[],
  date: string,
): Promise<Map<string, StoredFigures>> {
  const groups = await readCounterGroupsMany(db, codes, date);
  const out = new Map<string, StoredFigures>();
  for (const [code, g] of groups) out.set(code, toStored(figuresFromGroups(g)));
  return out;
}
