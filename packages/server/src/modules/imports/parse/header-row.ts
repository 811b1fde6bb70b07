/**
 * Finds the header row. SIAK extracts start with it, but an office's own spreadsheet often puts a title
 * block above it ("DATA PENDUDUK KECAMATAN ...", a blank row, then the header). Among the first few
 * non-blank rows, the header is the one naming the most import columns; data and title rows name none.
 */
import { headerKey, TARGET_BY_KEY } from './column-aliases';
import type { ColumnMapping } from './column-mapping';

/** How many non-blank rows a title block may take before the header. */
export const HEADER_SEARCH_ROWS = 10;

/** How many cells of `cells` are a known column name, or a header the operator chose in the mapping. */
function score(cells: readonly string[], chosen: ReadonlySet<string>): number {
  let named = 0;
  for (const cell of cells) {
    const key = headerKey(cell);
    if (key !== '' && (TARGET_BY_KEY.has(key) || chosen.has(key))) named++;
  }
  return named;
}

/**
 * Index in `rows` (the first non-blank rows of a file, cells as text) of the header: the earliest row
 * naming the most columns; the first row when none names any, so its mapping errors are the ones reported.
 */
export function locateHeader(rows: readonly (readonly string[])[], mapping: ColumnMapping = {}): number {
  const chosen = new Set<string>();
  for (const header of Object.values(mapping)) if (typeof header === 'string') chosen.add(headerKey(header));
  let best = 0;
  let bestScore = 0;
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i++) {
    const named = score(rows[i] ?? [], chosen);
    if (named > bestScore) {
      best = i;
      bestScore = named;
    }
  }
  return best;
}
