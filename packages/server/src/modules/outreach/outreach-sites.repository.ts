import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database, OutreachRosterRowsTable, OutreachSitesTable, ResidentRow } from '../../db/schema';
import { withinRegion, withinScope } from '../../db/scope-filter';

export type SiteRow = Selectable<OutreachSitesTable> & {
  village_name: string | null;
  roster_rows: number | null;
};
export type RosterRow = Selectable<OutreachRosterRowsTable>;

function sitesQuery(db: Kysely<Database>) {
  return db
    .selectFrom('outreach_sites as s')
    .leftJoin('regions as v', 'v.code', 's.village_code')
    .selectAll('s')
    .select('v.name as village_name')
    .select((eb) =>
      eb
        .selectFrom('outreach_roster_rows as rr')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('rr.site_id', '=', 's.id')
        .as('roster_rows'),
    );
}

export function findSiteRow(db: Kysely<Database>, id: number): Promise<SiteRow | undefined> {
  return sitesQuery(db).where('s.id', '=', id).executeTakeFirst();
}

export function listSiteRows(db: Kysely<Database>, region: string): Promise<SiteRow[]> {
  return sitesQuery(db).where(withinScope('s.village_code', region)).orderBy('s.name').execute();
}

export async function insertSiteRow(
  db: Kysely<Database>,
  row: Insertable<OutreachSitesTable>,
): Promise<number> {
  const r = await db.insertInto('outreach_sites').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}

export async function updateSiteRow(
  db: Kysely<Database>,
  id: number,
  patch: Updateable<OutreachSitesTable>,
): Promise<void> {
  await db.updateTable('outreach_sites').set(patch).where('id', '=', id).execute();
}

/** A re-imported roster replaces the site's previous one (the school's list of this term). */
export async function replaceRosterRows(
  db: Kysely<Database>,
  siteId: number,
  rows: readonly Insertable<OutreachRosterRowsTable>[],
): Promise<void> {
  await db.deleteFrom('outreach_roster_rows').where('site_id', '=', siteId).execute();
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto('outreach_roster_rows')
      .values(rows.slice(i, i + 500))
      .execute();
  }
}

/** The matched roster rows of a site with the resident each one names. */
export function matchedRoster(
  db: Kysely<Database>,
  siteId: number,
): Promise<(ResidentRow & { class_name: string | null })[]> {
  return db
    .selectFrom('outreach_roster_rows as rr')
    .innerJoin('residents as r', 'r.id', 'rr.resident_id')
    .selectAll('r')
    .select('rr.class_name')
    .where('rr.site_id', '=', siteId)
    .orderBy('rr.class_name')
    .orderBy('r.full_name')
    .execute();
}

/** The residents a roster names, by NIK (one query for the whole file). */
export async function residentsByNik(db: Kysely<Database>, niks: readonly string[]): Promise<ResidentRow[]> {
  const out: ResidentRow[] = [];
  for (let i = 0; i < niks.length; i += 500) {
    out.push(
      ...(await db
        .selectFrom('residents')
        .selectAll()
        .where('nik', 'in', niks.slice(i, i + 500))
        .execute()),
    );
  }
  return out;
}

export async function demoSiteExists(db: Kysely<Database>): Promise<boolean> {
  return (
    (await db.selectFrom('outreach_sites').select('id').where('demo', '=', 1).executeTakeFirst()) !==
    undefined
  );
}

/** Generated residents of a region born in [from, to]: the demo school's students and the demo inmates. */
export function residentsBornBetween(
  db: Kysely<Database>,
  region: string,
  from: string,
  to: string,
  limit: number,
) {
  return db
    .selectFrom('residents')
    .selectAll()
    .where(withinRegion('village_code', region))
    .where('birth_date', '>=', from)
    .where('birth_date', '<=', to)
    .where('life_status', '=', 'ALIVE')
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** The village of a region with the most adults (born by `bornBy`) never recorded: where the demo team goes. */
export async function villageWithMostUnrecorded(db: Kysely<Database>, region: string, bornBy: string) {
  const r = await db
    .selectFrom('residents')
    .select(['village_code', (eb) => eb.fn.countAll<number>().as('n')])
    .where(withinRegion('village_code', region))
    .where('recording_status', '=', 'UNREGISTERED')
    .where('birth_date', '<=', bornBy)
    .groupBy('village_code')
    .orderBy('n', 'desc')
    .orderBy('village_code')
    .executeTakeFirst();
  return r?.village_code;
}

export async function userByUsername(db: Kysely<Database>, username: string) {
  return db
    .selectFrom('users')
    .select(['id', 'username', 'full_name', 'role', 'region_code'])
    .where('username', '=', username)
    .executeTakeFirst();
}

/** Whether a site has a roster (a file, or a list of residents from another module). */
export async function hasRoster(db: Kysely<Database>, siteId: number): Promise<boolean> {
  const row = await db
    .selectFrom('outreach_roster_rows')
    .select('id')
    .where('site_id', '=', siteId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Residents by id, in chunks (a voter-roll set can hold thousands). */
export async function residentsByIds(db: Kysely<Database>, ids: readonly number[]): Promise<ResidentRow[]> {
  const out: ResidentRow[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    out.push(...(await db.selectFrom('residents').selectAll().where('id', 'in', chunk).execute()));
  }
  return out;
}
