import { type Kysely, sql } from 'kysely';
import type { Database } from './schema';

/** The tables that keep a number series per regency and year (sukets, death certificates). */
export type YearlySeriesTable = 'suket_sequences' | 'death_certificate_sequences';

/**
 * The next number of a regency's series for a year: one guarded statement both engines serialise on the
 * row, in the issuing transaction, so a rolled-back issue gives its number back (gap-free) and two
 * concurrent issues never share one. The row is created at 0 on the first issue of a year.
 */
export async function bumpYearlySeries(
  db: Kysely<Database>,
  table: YearlySeriesTable,
  regencyCode: string,
  year: number,
): Promise<number> {
  await db
    .insertInto(table)
    .values({ regency_code: regencyCode, year, last_number: 0 })
    .onConflict((oc) => oc.columns(['regency_code', 'year']).doNothing())
    .execute();
  const row = await db
    .updateTable(table)
    .set({ last_number: sql`last_number + 1` })
    .where('regency_code', '=', regencyCode)
    .where('year', '=', year)
    .returning('last_number')
    .executeTakeFirstOrThrow();
  return Number(row.last_number);
}
