import type { Region, RegionWithPath } from '@sigap/contracts';
import { ancestorCodes, isWithinScope, NATIONAL_CODE } from '@sigap/domain';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../../context';
import type { Database, RegionRow } from '../../db/schema';
import { errors } from '../../errors';
import { authorize } from '../access';
import { searchText } from './region-search-text';
import { findRegion, findRegions, listChildRegions, searchRegions } from './regions.repository';

/** Child rows without an access check, for services that checked scope themselves. */
export const listChildRegionsFor = listChildRegions;

/** A region row by code, or undefined; no access check (the caller decides what a missing one means). */
export async function findRegionByCode(db: Kysely<Database>, code: string): Promise<RegionRow | undefined> {
  return findRegion(db, code);
}

/** The stored rows among `codes`, by code; no access check. */
export async function findRegionsByCode(
  db: Kysely<Database>,
  codes: readonly string[],
): Promise<RegionRow[]> {
  return findRegions(db, codes);
}

export function toRegion(row: RegionRow): Region {
  return { code: row.code, name: row.name, level: row.level, parentCode: row.parent_code };
}

/**
 * A user may read regions inside its scope, and the ancestors of its scope (so that its own region can
 * be shown with its province); sibling and foreign regions are refused.
 */
function assertReadable(user: SessionUser, code: string): void {
  authorize(user, 'region.read');
  const isAncestorOfScope = ancestorCodes(user.regionCode).includes(code);
  if (!isWithinScope(user.regionCode, code) && !isAncestorOfScope) throw errors.outOfScope();
}

export async function getRegion(db: Kysely<Database>, code: string): Promise<RegionRow> {
  const row = await findRegion(db, code);
  if (!row) throw errors.notFound('Wilayah', 'region', code);
  return row;
}

export async function getRegionWithAncestors(
  db: Kysely<Database>,
  user: SessionUser,
  code: string,
): Promise<{ region: Region; ancestors: Region[] }> {
  assertReadable(user, code);
  const row = await getRegion(db, code);
  const codes = ancestorCodes(code);
  const byCode = new Map((await findRegions(db, codes)).map((r) => [r.code, r]));
  const ancestors = codes.map((c) => byCode.get(c)).filter((r): r is RegionRow => r !== undefined);
  return { region: toRegion(row), ancestors: ancestors.map(toRegion) };
}

export async function listChildren(
  db: Kysely<Database>,
  user: SessionUser,
  parent: string,
): Promise<Region[]> {
  authorize(user, 'region.read', parent);
  await getRegion(db, parent);
  return (await listChildRegions(db, parent)).map(toRegion);
}

const SEARCH_LIMIT = 50;

/** Name search inside the user's scope, each hit with its path ("Lampung › Kota Bandar Lampung"). */
export async function searchInScope(
  db: Kysely<Database>,
  user: SessionUser,
  q: string,
): Promise<RegionWithPath[]> {
  authorize(user, 'region.read');
  const rows = await searchRegions(db, searchText(q), user.regionCode, SEARCH_LIMIT);
  const needed = new Set(rows.flatMap((r) => ancestorCodes(r.code)).filter((c) => c !== NATIONAL_CODE));
  const names = new Map((await findRegions(db, [...needed])).map((r) => [r.code, r.name]));
  return rows.map((r) => {
    const chain = ancestorCodes(r.code)
      .filter((c) => c !== NATIONAL_CODE)
      .map((c) => names.get(c) ?? c);
    return { ...toRegion(r), path: [...chain, r.name].join(' › ') };
  });
}
