import type { Insertable, Kysely } from 'kysely';
import type { CemeteriesTable, Database } from '../../db/schema';
import { withinRegion, withinScope } from '../../db/scope-filter';

/** The SQL of cemeteries and the manager links. */

function withRegion(db: Kysely<Database>) {
  return db
    .selectFrom('cemeteries as c')
    .leftJoin('regions as r', 'r.code', 'c.region_code')
    .selectAll('c')
    .select('r.name as region_name');
}
export type CemeteryRow = Awaited<ReturnType<ReturnType<typeof withRegion>['executeTakeFirstOrThrow']>>;

export function findCemetery(db: Kysely<Database>, id: number) {
  return withRegion(db).where('c.id', '=', id).executeTakeFirst();
}

export function cemeteriesIn(db: Kysely<Database>, scope: string) {
  return withRegion(db).where(withinScope('c.region_code', scope)).orderBy('c.name').limit(500).execute();
}

export function cemeteriesOfManager(db: Kysely<Database>, userId: number) {
  return withRegion(db)
    .innerJoin('cemetery_managers as m', 'm.cemetery_id', 'c.id')
    .where('m.user_id', '=', userId)
    .orderBy('c.name')
    .execute();
}

export async function managesCemetery(db: Kysely<Database>, userId: number, cemeteryId: number) {
  const row = await db
    .selectFrom('cemetery_managers')
    .select('user_id')
    .where('user_id', '=', userId)
    .where('cemetery_id', '=', cemeteryId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertCemetery(db: Kysely<Database>, row: Insertable<CemeteriesTable>) {
  const r = await db.insertInto('cemeteries').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}

export async function insertManagerLinks(
  db: Kysely<Database>,
  userId: number,
  ids: readonly number[],
  at: string,
) {
  if (ids.length === 0) return;
  await db
    .insertInto('cemetery_managers')
    .values(ids.map((cemetery_id) => ({ user_id: userId, cemetery_id, created_at: at })))
    .onConflict((oc) => oc.columns(['user_id', 'cemetery_id']).doNothing())
    .execute();
}

export function cemeteryRegions(db: Kysely<Database>, ids: readonly number[]) {
  return db
    .selectFrom('cemeteries')
    .select(['id', 'region_code'])
    .where('id', 'in', [...ids])
    .execute();
}

export async function findCemeteryByName(db: Kysely<Database>, name: string) {
  return db.selectFrom('cemeteries').select('id').where('name', '=', name).executeTakeFirst();
}

/** Accounts by username, for the demo seed. */
export function findUsersByName(db: Kysely<Database>, usernames: readonly string[]) {
  return db
    .selectFrom('users')
    .select(['id', 'username', 'role'])
    .where('username', 'in', [...usernames])
    .execute();
}

/** The oldest residents still alive in a region, skipping the first `skip` (the demo's deaths). */
export function oldestAlive(db: Kysely<Database>, scope: string, skip: number, limit: number) {
  return db
    .selectFrom('residents')
    .selectAll()
    .where('life_status', '=', 'ALIVE')
    .where(withinRegion('village_code', scope))
    .orderBy('birth_date')
    .orderBy('id')
    .offset(skip)
    .limit(limit)
    .execute();
}
