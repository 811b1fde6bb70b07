/**
 * The villages of a province from the official Kemendagri CSVs vendored from idn-area-data, in the shape the
 * generator takes. For tests, benchmarks and CLI runs without a database; the server passes villages read
 * from its region table instead.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { REGION_DATA_DIR } from '../../server-paths';
import type { Village } from './village-plan';

type Row = Record<string, string>;

/**
 * Rows of one CSV whose code starts with `${province}.`. Lines are filtered before parsing (the village file
 * has 83k rows, a province a few thousand); a CSV record here never spans lines, so this is safe.
 */
function rows(file: string, province: string): Row[] {
  const lines = readFileSync(path.join(REGION_DATA_DIR, file), 'utf8').split(/\r?\n/);
  const kept = [lines[0] ?? '', ...lines.filter((l) => l.startsWith(`${province}.`))].join('\n');
  return parse(kept, { columns: true, skip_empty_lines: true }) as Row[];
}

/** Every village of `provinceCode` with its district and regency names, sorted by code. */
export function loadVillages(provinceCode: string): Village[] {
  if (!/^\d{2}$/.test(provinceCode))
    throw new RangeError(`provinceCode must be two digits, got "${provinceCode}"`);
  const regencies = new Map(rows('regencies.csv', provinceCode).map((r) => [r.code, r.name] as const));
  const districts = new Map(rows('districts.csv', provinceCode).map((r) => [r.code, r.name] as const));
  const out: Village[] = [];
  for (const r of rows('villages.csv', provinceCode)) {
    const code = r.code ?? '';
    const districtName = districts.get(r.district_code ?? '');
    const regencyName = regencies.get(code.slice(0, 5));
    if (!districtName || !regencyName || !r.name)
      throw new Error(`idn-area-data: orphan village row ${code}`);
    out.push({ code, name: r.name, districtName, regencyName });
  }
  return out.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
