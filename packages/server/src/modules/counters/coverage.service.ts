import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { readCounterGroups } from './counters.repository';
import { type CoverageFigures, figuresFromGroups } from './coverage-figures';

/** Figures for one region on one reference date, from the counters only (no resident is read). */
export async function figuresFor(
  db: Kysely<Database>,
  region: string,
  date: string,
): Promise<CoverageFigures> {
  return figuresFromGroups(await readCounterGroups(db, region, date));
}
