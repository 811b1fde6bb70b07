import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema';

/** Suket counts of one region on one day, before the printed figure is added to them. */
export interface SuketCounts {
  issued: number;
  active: number;
  superseded: number;
  /** Active suket, election on or after the day, holder wajib KTP on the day: the "covered" share. */
  covering: number;
}

export const EMPTY_SUKET_COUNTS: SuketCounts = { issued: 0, active: 0, superseded: 0, covering: 0 };

export interface SuketCountOptions {
  /** Only sukets for this election cover (the coverage was asked for an election). */
  electionId?: number;
  /**
   * The printed figure beside them is today's count on a past day (no stored close): a holder printed
   * since then is in it already, so their suket must not cover them a second time.
   */
  notPrintedNow?: boolean;
}

function asCount(v: unknown): number {
  return Number(v ?? 0);
}

/**
 * A region and its children on `date` from the suket counters (migration 0040, docs/counters.md "Suket
 * counters"): each figure is the sum of its region's changes dated `date` or before, read as whole months
 * before the month of `date` (`suket_counts_month`) and the days of that month up to `date` (`suket_counts`),
 * one range of each key per region. The region answers from its own rows (the nation has rows too), so it
 * counts what the scan of its suket rows counted, villages of unknown codes included. `covering` sums only
 * the asked election's rows, and only "holder not printed now" rows when the printed figure beside it is
 * today's.
 */
export async function suketCountsMany(
  db: Kysely<Database>,
  region: string,
  children: readonly string[],
  date: string,
  opts: SuketCountOptions = {},
): Promise<Map<string, SuketCounts>> {
  const codes = [region, ...children];
  const month = date.slice(0, 7);
  const electionOk = opts.electionId === undefined ? sql`1 = 1` : sql`election_id = ${opts.electionId}`;
  const printedOk = opts.notPrintedNow === true ? sql`printed = 0` : sql`1 = 1`;
  const sums = [
    'region_code',
    sql<number>`sum(issued)`.as('issued'),
    sql<number>`sum(active)`.as('active'),
    sql<number>`sum(superseded)`.as('superseded'),
    sql<number>`sum(case when ${electionOk} and ${printedOk} then covering else 0 end)`.as('covering'),
  ] as const;
  const months = await db
    .selectFrom('suket_counts_month')
    .where('region_code', 'in', codes)
    .where('month', '<', month)
    .select(sums)
    .groupBy('region_code')
    .execute();
  const days = await db
    .selectFrom('suket_counts')
    .where('region_code', 'in', codes)
    .where('day', '>=', `${month}-01`)
    .where('day', '<=', date)
    .select(sums)
    .groupBy('region_code')
    .execute();
  const out = new Map<string, SuketCounts>();
  for (const r of [...months, ...days]) {
    const e = out.get(r.region_code) ?? { ...EMPTY_SUKET_COUNTS };
    e.issued += asCount(r.issued);
    e.active += asCount(r.active);
    e.superseded += asCount(r.superseded);
    e.covering += asCount(r.covering);
    out.set(r.region_code, e);
  }
  if (!out.has(region)) out.set(region, { ...EMPTY_SUKET_COUNTS });
  return out;
}
