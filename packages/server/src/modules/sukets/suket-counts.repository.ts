import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema';
import { SuketCountDeltas } from './suket-count-deltas';
import { type SuketCountFacts, suketCountEvents } from './suket-count-events';

/**
 * All SQL of the suket counters (migration 0040, docs/counters.md "Suket counters"): the facts a suket's
 * events are computed from, the upsert of the moves, and the rebuild from the suket rows.
 */

/** Rows per statement: 8 parameters a row stays far below both engines' limits. */
const CHUNK = 500;

function factsQuery(db: Kysely<Database>) {
  return db
    .selectFrom('sukets as s')
    .leftJoin('residents as r', 'r.id', 's.resident_id')
    .leftJoin('elections as e', 'e.id', 's.election_id')
    .select([
      's.id',
      's.resident_id',
      's.region_code',
      's.election_id',
      's.status',
      's.valid_from',
      's.valid_until',
      's.ended_on',
      'r.id as holder_id',
      'r.birth_date',
      'r.marital_status',
      'r.citizenship',
      'r.stay_permit',
      'r.life_status',
      'r.life_status_date',
      'r.print_status',
      'e.voting_date',
    ]);
}

type FactsRow = Awaited<ReturnType<ReturnType<typeof factsQuery>['execute']>>[number];

/** A suket with its stored holder and election, as the event rules read them. */
export interface StoredSuketFacts extends SuketCountFacts {
  id: number;
  residentId: number;
}

function toFacts(r: FactsRow): StoredSuketFacts {
  const holder =
    r.holder_id === null
      ? null
      : {
          birth_date: r.birth_date as string,
          marital_status: r.marital_status as NonNullable<typeof r.marital_status>,
          citizenship: r.citizenship as NonNullable<typeof r.citizenship>,
          stay_permit: r.stay_permit,
          life_status: r.life_status as NonNullable<typeof r.life_status>,
          life_status_date: r.life_status_date,
          print_status: r.print_status as NonNullable<typeof r.print_status>,
        };
  return {
    id: Number(r.id),
    residentId: Number(r.resident_id),
    region_code: r.region_code,
    election_id: Number(r.election_id),
    status: r.status,
    valid_from: r.valid_from,
    valid_until: r.valid_until,
    ended_on: r.ended_on,
    holder,
    voting_date: r.voting_date,
  };
}

/** The facts of the given sukets (the holder as stored now, in the caller's transaction). */
export async function suketFactsByIds(db: Kysely<Database>, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return (
    await factsQuery(db)
      .where('s.id', 'in', [...ids])
      .execute()
  ).map(toFacts);
}

/**
 * The facts of every suket the given residents hold or held (index `sukets_resident`), a chunk of ids per
 * query: an import batch may change thousands of residents, and the engines bound a statement's parameters.
 */
export async function suketFactsOfResidents(db: Kysely<Database>, residentIds: readonly number[]) {
  const out: StoredSuketFacts[] = [];
  for (let i = 0; i < residentIds.length; i += 1000) {
    const ids = residentIds.slice(i, i + 1000);
    for (const r of await factsQuery(db).where('s.resident_id', 'in', ids).execute()) out.push(toFacts(r));
  }
  return out;
}

/** The stored row plus the proposed one (qualified: PostgreSQL finds a bare column name ambiguous here). */
const sumExcluded = (table: 'suket_counts' | 'suket_counts_month') => ({
  issued: sql<number>`${sql.ref(`${table}.issued`)} + excluded.issued`,
  active: sql<number>`${sql.ref(`${table}.active`)} + excluded.active`,
  superseded: sql<number>`${sql.ref(`${table}.superseded`)} + excluded.superseded`,
  covering: sql<number>`${sql.ref(`${table}.covering`)} + excluded.covering`,
});

/**
 * Adds the moves to `suket_counts` and `suket_counts_month` in the caller's transaction: one multi-row upsert
 * per chunk (a key appears once, summed in memory, as PostgreSQL requires), then the rows left at zero are
 * deleted, so the tables hold only the days and months in which something changes.
 */
export async function applySuketCountDeltas(db: Kysely<Database>, deltas: SuketCountDeltas): Promise<void> {
  const { days, months } = deltas.changed();
  for (let i = 0; i < days.length; i += CHUNK) {
    const chunk = days.slice(i, i + CHUNK);
    await db
      .insertInto('suket_counts')
      .values(chunk)
      .onConflict((oc) =>
        oc.columns(['region_code', 'day', 'election_id', 'printed']).doUpdateSet(sumExcluded('suket_counts')),
      )
      .execute();
    await db
      .deleteFrom('suket_counts')
      .where('region_code', 'in', [...new Set(chunk.map((r) => r.region_code))])
      .where('day', 'in', [...new Set(chunk.map((r) => r.day))])
      .where('issued', '=', 0)
      .where('active', '=', 0)
      .where('superseded', '=', 0)
      .where('covering', '=', 0)
      .execute();
  }
  for (let i = 0; i < months.length; i += CHUNK) {
    const chunk = months.slice(i, i + CHUNK);
    await db
      .insertInto('suket_counts_month')
      .values(chunk)
      .onConflict((oc) =>
        oc
          .columns(['region_code', 'month', 'election_id', 'printed'])
          .doUpdateSet(sumExcluded('suket_counts_month')),
      )
      .execute();
    await db
      .deleteFrom('suket_counts_month')
      .where('region_code', 'in', [...new Set(chunk.map((r) => r.region_code))])
      .where('month', 'in', [...new Set(chunk.map((r) => r.month))])
      .where('issued', '=', 0)
      .where('active', '=', 0)
      .where('superseded', '=', 0)
      .where('covering', '=', 0)
      .execute();
  }
}

/**
 * Rebuilds `suket_counts` and `suket_counts_month` from the suket rows, their holders and elections (migration 0040, and the bench
 * after it writes synthetic sukets): the same event rules as every write, read in pages of ids.
 */
export async function rebuildSuketCounts(db: Kysely<Database>): Promise<void> {
  await db.deleteFrom('suket_counts').execute();
  await db.deleteFrom('suket_counts_month').execute();
  let after = 0;
  for (;;) {
    const page = await factsQuery(db).where('s.id', '>', after).orderBy('s.id').limit(5000).execute();
    if (page.length === 0) break;
    // Applied per page: a village's days are nearly one row per suket, so the whole table in memory would
    // not fit the server's heap at a province's scale.
    const deltas = new SuketCountDeltas();
    for (const r of page) deltas.add(suketCountEvents(toFacts(r)), 1);
    await applySuketCountDeltas(db, deltas);
    after = Number(page[page.length - 1]?.id);
  }
}
