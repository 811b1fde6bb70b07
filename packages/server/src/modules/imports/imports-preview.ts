import { SIAK_RESIDENT_COLUMNS, SIAK_STATUS_COLUMNS } from '@sigap/domain';
import { previewFile } from './parse';
import { headerKey, TARGET_BY_KEY } from './parse/column-aliases';
import type { StoredUpload } from './uploads';

const STATUS_NAMES: ReadonlySet<string> = new Set(SIAK_STATUS_COLUMNS.map((c) => c.name));

/**
 * A header match per target column, found the way the import itself matches (own name, then aliases),
 * offered to the operator as the starting point of the mapping editor.
 */
function suggest(header: readonly string[], targets: readonly string[]): Record<string, string | null> {
  const out: Record<string, string | null> = Object.fromEntries(targets.map((t) => [t, null]));
  const rank: Record<string, number> = {};
  for (const h of header) {
    const hit = TARGET_BY_KEY.get(headerKey(h));
    if (!hit || !(hit.target in out)) continue;
    if (rank[hit.target] === undefined || hit.rank < (rank[hit.target] as number)) {
      out[hit.target] = h;
      rank[hit.target] = hit.rank;
    }
  }
  return out;
}

/** First rows of an upload, and the suggested mapping for both import kinds. */
export async function previewUpload(upload: StoredUpload) {
  const p = await previewFile({ path: upload.path }, 10);
  const targets = SIAK_RESIDENT_COLUMNS.map((c) => ({
    name: c.name,
    required: c.required as boolean,
  }));
  const statusTargets = SIAK_STATUS_COLUMNS.map((c) => ({
    name: c.name,
    required: c.required as boolean,
  }));
  return {
    format: p.format,
    delimiter: p.delimiter ?? null,
    header: p.header,
    rows: p.rows,
    targets,
    statusTargets,
    suggestedMapping: suggest(
      p.header,
      targets.map((t) => t.name),
    ),
    suggestedStatusMapping: suggest(p.header, [...STATUS_NAMES]),
  };
}
