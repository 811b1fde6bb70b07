import { readFileSync } from 'node:fs';
import path from 'node:path';
import { NATIONAL_CODE, type RegionLevel } from '@sigap/domain';
import { parse } from 'csv-parse/sync';
import type { Db } from '../../db/connect';
import type { RegionsTable } from '../../db/schema';
import { REGION_DATA_DIR } from '../../server-paths';
import { searchText } from './region-search-text';
import { findRegionsMarker, saveRegionsMarker, upsertRegions } from './regions.repository';

/**
 * The source of the vendored CSVs (assets/regions/README.md). It is part of the marker stored in `meta`, so it
 * keeps the package's name and version: databases loaded when the data came from the npm package stay current.
 */
const SOURCE = 'idn-area-data';
const REGION_DATA_VERSION = '4.0.1';

function readCsv(file: string): Record<string, string>[] {
  return parse(readFileSync(path.join(REGION_DATA_DIR, file)), {
    columns: true,
    skip_empty_lines: true,
  });
}

function row(code: string, level: RegionLevel, name: string, parent: string | null): RegionsTable {
  return { code, level, name, parent_code: parent, name_search: searchText(name) };
}

/** A CSV cell that must be present; the vendored files always have it, so absence means a damaged checkout. */
function cell(r: Record<string, string>, column: string): string {
  const value = r[column];
  if (value === undefined || value === '')
    throw new Error(`${SOURCE}: missing ${column} in ${JSON.stringify(r)}`);
  return value;
}

const LEVEL_FILES: [RegionLevel, string, string][] = [
  ['province', 'provinces.csv', ''],
  ['regency', 'regencies.csv', 'province_code'],
  ['district', 'districts.csv', 'regency_code'],
  ['village', 'villages.csv', 'district_code'],
];

/**
 * Reads the official Kemendagri hierarchy vendored from idn-area-data, optionally limited to some provinces
 * (tests load only what they use).
 */
export function readOfficialRegions(provinces?: readonly string[]): RegionsTable[] {
  const out: RegionsTable[] = [row(NATIONAL_CODE, 'country', 'Indonesia', null)];
  for (const [level, file, parentColumn] of LEVEL_FILES) {
    for (const r of readCsv(file)) {
      const code = cell(r, 'code');
      if (provinces && !provinces.includes(code.slice(0, 2))) continue;
      out.push(row(code, level, cell(r, 'name'), parentColumn ? cell(r, parentColumn) : NATIONAL_CODE));
    }
  }
  return out;
}

const BATCH = 500;

/**
 * Loads the hierarchy idempotently: a marker in `meta` records which data version is loaded, so a second
 * start does nothing; a new data version upserts (renamed regions update, nothing is duplicated).
 * Returns the number of rows written (0 when already current).
 */
export async function loadOfficialRegions(handle: Db, provinces?: readonly string[]): Promise<number> {
  const marker = `${SOURCE}@${REGION_DATA_VERSION}:${provinces ? provinces.join(',') : 'all'}`;
  if ((await findRegionsMarker(handle.db)) === marker) return 0;
  const rows = readOfficialRegions(provinces);
  await handle.db.transaction().execute(async (trx) => {
    const provinceCodes = rows.filter((r) => r.level === 'province').map((r) => r.code);
    await handle.store.prepareProvinces(trx, provinceCodes);
    for (let i = 0; i < rows.length; i += BATCH) await upsertRegions(trx, rows.slice(i, i + BATCH));
    await saveRegionsMarker(trx, marker);
  });
  return rows.length;
}
