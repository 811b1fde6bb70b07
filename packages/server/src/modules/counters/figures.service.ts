import type { CountedFigures } from '@sigap/contracts';
import { EARLIEST_REFERENCE_DATE, NATIONAL_CODE } from '@sigap/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { hasDailyRows } from './counter-parts';
import { counterErrors } from './counters.errors';
import { type CounterGroup, readCounterGroupsMany } from './counters.repository';
import { residentDayGroups } from './counters-resident-days';
import { figuresFromGroups } from './coverage-figures';

/** The counters answer from EARLIEST_REFERENCE_DATE on (docs/counters.md); earlier dates are refused. */
export function assertSupportedReferenceDate(date: string): void {
  if (date < EARLIEST_REFERENCE_DATE) throw counterErrors.referenceDateTooEarly();
}

/**
 * The counter groups of `codes` on `date`: the counters' grouped query, and for villages, which have no
 * daily rows, their residents born in the boundary months (docs/counters.md).
 */
async function groupsOn(
  db: Kysely<Database>,
  codes: readonly string[],
  date: string,
): Promise<Map<string, CounterGroup[]>> {
  const villages = codes.filter((c) => c !== NATIONAL_CODE && !hasDailyRows(c));
  const [groups, days] = await Promise.all([
    readCounterGroupsMany(db, codes, date),
    residentDayGroups(db, villages, date),
  ]);
  for (const [village, list] of days) groups.get(village)?.push(...list);
  return groups;
}

/**
 * Figures of many regions on one reference date, from the counters (and a village's residents born in
 * the boundary months): one grouped query answers all the regions, so a region and its children, or a
 * backfill day of a whole province, cost one query, and one more when villages are among them.
 */
export async function figuresForMany(
  db: Kysely<Database>,
  codes: readonly string[],
  date: string,
): Promise<Map<string, CountedFigures>> {
  assertSupportedReferenceDate(date);
  const groups = await groupsOn(db, codes, date);
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
  const groups = await groupsOn(db, [region], date);
  return figuresFromGroups(groups.get(region) ?? []);
}
