import { type Kysely, sql } from 'kysely';
import { dateType } from '../column-types';
import type { Engine } from '../connect';

/**
 * Sukets per region on a reference date (issue 14, command center): `ended_on` is the office day a suket
 * stopped being active (superseded by a printed card, or revoked), so "active on D" and "superseded by D"
 * are answered from the rows for any date, like the counters answer a past reference date. Rows ended
 * before this migration take the UTC day of their last update (the day their status changed).
 *
 * The figures count rows, not a counter table (measured in docs/architecture.md, "Sukets"): sukets are
 * a small minority of residents (recorded but not printed), the counts read the covering index
 * `sukets_region_day` alone, and a counter would need a per-day history of its own to answer a past date.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await db.schema.alterTable('sukets').addColumn('ended_on', dateType(engine)).execute();
  const day = engine === 'postgres' ? sql`cast(updated_at as date)` : sql`substr(updated_at, 1, 10)`;
  await sql`update sukets set ended_on = ${day} where status in ('superseded', 'revoked')`.execute(db);
  // Covering: the command center's counts read this index alone (regency first: equality on both engines).
  await db.schema
    .createIndex('sukets_region_day')
    .on('sukets')
    .columns([
      'regency_code',
      'region_code',
      'valid_from',
      'valid_until',
      'ended_on',
      'status',
      'resident_id',
      'election_id',
    ])
    .execute();
}
