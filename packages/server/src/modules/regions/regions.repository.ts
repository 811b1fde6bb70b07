import type { Kysely } from 'kysely';
import type { Database, RegionRow, RegionsTable } from '../../db/schema';
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

/** Inserts regions, or renames and re-parents the ones already stored (a new data version). */
export async function upsertRegions(db: Kysely<Database>, rows: readonly RegionsTable[]): Promise<void> {
  await db
    .insertInto('regions')
    .values(rows)
    .onConflict((oc) =>
      oc.column('code').doUpdateSet((eb) => ({
        name: eb.ref('excluded.name'),
        level: eb.ref('excluded.level'),
        parent_code: eb.ref('excluded.parent_code'),
        name_search: eb.ref('excluded.name_search'),
      })),
    )
    .execute();
}

/** Which region data (source, version, provinces) is loaded: the marker in `meta`. */
export async function findRegionsMarker(db: Kysely<Database>): Promise<string | undefined> {
  const row = await db
    .selectFrom('meta')
    .select('value')
    .where('key', '=', 'regions.source')
    .executeTakeFirst();
  return row?.value;
}

export async function saveRegionsMarker(db: Kysely<Database>, marker: string): Promise<void> {
  await db
    .insertInto('meta')
    .values({ key: 'regions.source', value: marker })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: marker }))
    .execute();
}
