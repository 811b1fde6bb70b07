import type { Kysely } from 'kysely';
import type { Database, RegionRow } from '../../db/schema';
import { withinScope } from '../../db/scope-filter';

export async function findRegion(db: Kysely<Database>, code: string): Promise<RegionRow | undefined> {
  return db.selectFrom('regions').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function findRegions(db: Kysely<Database>, codes: readonly string[]): Promise<RegionRow[]> {
  if (codes.length === 0) return [];
  return db.selectFrom('regions').selectAll().where('code', 'in', codes).orderBy('code').execute();
}

export async function listChildRegions(db: Kysely<Database>, parent: string): Promise<RegionRow[]> {
  return db.selectFrom('regions').selectAll().where('parent_code', '=', parent).orderBy('code').execute();
}

/** Names containing the text, inside a scope, higher levels first (a province before its villages). */
export async function searchRegions(
  db: Kysely<Database>,
  text: string,
  scope: string,
  limit: number,
): Promise<RegionRow[]> {
  // Wildcards are dropped rather than escaped: the two engines escape LIKE differently, and names have none.
  const pattern = `%${text.replace(/[\\%_]/g, '')}%`;
  return db
    .selectFrom('regions')
    .selectAll()
    .where('name_search', 'like', pattern)
    .where(withinScope('code', scope))
    .orderBy((eb) => eb.fn('length', ['code']))
    .orderBy('code')
    .limit(limit)
    .execute();
}
