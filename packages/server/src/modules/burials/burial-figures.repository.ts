import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema';
import { withinScope } from '../../db/scope-filter';

/** Counts of burial entries by status, per cemetery, per village and per day entered (open leads). */

export function countsByCemetery(db: Kysely<Database>, scope: string) {
  return db
    .selectFrom('burials as b')
    .innerJoin('cemeteries as c', 'c.id', 'b.cemetery_id')
    .select(['b.cemetery_id as key', 'c.name', 'b.status', (eb) => eb.fn.countAll<number>().as('n')])
    .where(withinScope('b.region_code', scope))
    .groupBy(['b.cemetery_id', 'c.name', 'b.status'])
    .execute();
}

/** The village of an entry: its matched resident's, else what the family said, else the cemetery's region. */
export function countsByVillage(db: Kysely<Database>, scope: string) {
  const village = sql<string>`coalesce(r.village_code, b.village_code, b.region_code)`;
  return db
    .selectFrom('burials as b')
    .leftJoin('residents as r', 'r.id', 'b.resident_id')
    .leftJoin('regions as v', (j) => j.on('v.code', '=', village))
    .select([village.as('key'), 'v.name', 'b.status', (eb) => eb.fn.countAll<number>().as('n')])
    .where(withinScope('b.region_code', scope))
    .groupBy([village, 'v.name', 'b.status'])
    .execute();
}

export function pendingByDay(db: Kysely<Database>, scope: string) {
  return db
    .selectFrom('burials as b')
    .select(['b.entered_day', (eb) => eb.fn.countAll<number>().as('n')])
    .where(withinScope('b.region_code', scope))
    .where('b.status', 'in', ['open', 'matched'])
    .groupBy('b.entered_day')
    .execute();
}
