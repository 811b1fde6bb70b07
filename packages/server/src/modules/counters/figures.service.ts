import type { CountedFigures } from '@sigap/contracts';
import { EARLIEST_REFERENCE_DATE } from '@sigap/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { counterErrors } from './counters.errors';
import { readCounterGroupsMany } from './counters.repository';
import { figuresFromGroups } from './coverage-figures';

/** The counters answer from EARLIEST_REFERENCE_DATE on (docs/counters.md); earlier dates are refused. */
export function assertSupportedReferenceDate(date: string): void {
  if (date < EARLIEST_REFERENCE_DATE) throw counterErrors.referenceDateTooEarly();
}

/**
 * Figures of many regions on one reference date, from the counters only (no resident is read): the two
 * grouped queries of `readCounterGroupsMany` answer all of them, so a region and its children, or a
 * backfill day of a whole province, cost two queries.
 */
export async function figuresForMany(
  db: Kysely<Database>,
  codes: readonly string[],
  date: string,
): Promise<Map<string, CountedFigures>> {
  assertSupportedReferenceDate(date);
  const groups = await readCounterGroupsMany(db, codes, date);
  const out = new Map<string, CountedFigures>();
  for (const code of codes) out.set(code, figuresFromGroups(groups.get(code) ?? []));
  return out;
}

/** Figures for one region on one reference date. */
export async function figuresFor(
  db: Kysely<Database>,
  region: string,
  date: string,
): Promise<CountedFigures> {
  assertSupportedReferenceDate(date);
  const groups = await readCounterGroupsMany(db, [region], date);
  return figuresFromGroups(groups.get(region) ?? []);
}
