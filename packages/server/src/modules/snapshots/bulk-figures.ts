import type { StoredFigures } from '@sigap/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { figuresForMany as countedFiguresForMany, toStored } from '../counters';

/**
 * `figuresFor` of many regions on one date, as a snapshot stores them, in the two grouped queries of the
 * counters' `figuresForMany` instead of two per region. A backfill of 60 days for a province's 250 regencies
 * and districts goes from 30,000 queries to 120. Tests hold it equal to `figuresFor` region by region.
 */
export async function figuresForMany(
  db: Kysely<Database>,
  codes: readonly string[],
  date: string,
): Promise<Map<string, StoredFigures>> {
  const out = new Map<string, StoredFigures>();
  for (const [code, f] of await countedFiguresForMany(db, codes, date)) out.set(code, toStored(f));
  return out;
}
