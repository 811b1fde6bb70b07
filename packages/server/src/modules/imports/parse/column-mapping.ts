/**
 * Which file column feeds which SIAK target. Headers are matched automatically (by name and alias, see
 * column-aliases) unless the operator chose a column for a target in the mapping screen; a chosen column
 * always wins, and `null` leaves an optional target unmapped even if a header would match it.
 */
import {
  headerKey,
  type ParseKind,
  REQUIRED_TARGETS,
  RESIDENT_TARGETS,
  type ResidentTarget,
  SPLIT_REGION_COLUMNS,
  STATUS_TARGETS,
  TARGET_BY_KEY,
  type TargetOf,
  VOTER_ROLL_TARGETS,
} from './column-aliases';

export type ColumnMapping = Partial<Record<ResidentTarget, string | null>>;

/** Target → index of its column in the row, undefined when the file does not have it. */
export type ColumnIndex<T extends string> = Record<T, number | undefined>;

export type MappingIssueCode = 'missing_column' | 'header_not_found' | 'ambiguous_header' | 'header_reused';
export interface MappingIssue {
  code: MappingIssueCode;
  /** The target column concerned. */
  column: string;
  /** The file header concerned, if any. */
  header: string | null;
  message: string;
  messageEn: string;
}

export type MappingResult<T extends string> =
  | { ok: true; indexOf: ColumnIndex<T>; headers: Partial<Record<T, string>> }
  | { ok: false; errors: MappingIssue[] };

const MESSAGES: Record<MappingIssueCode, (col: string, header: string) => [string, string]> = {
  missing_column: (col) => [
    `Kolom wajib ${col} tidak ada di berkas.`,
    `Required column ${col} is not in the file.`,
  ],
  header_not_found: (col, h) => [
    `Kolom "${h}" yang dipilih untuk ${col} tidak ada di baris judul.`,
    `Column "${h}" chosen for ${col} is not in the header.`,
  ],
  ambiguous_header: (col, h) => [
    `Ada lebih dari satu kolom "${h}" untuk ${col}; ganti nama salah satunya.`,
    `More than one column "${h}" matches ${col}; rename one of them.`,
  ],
  header_reused: (col, h) => [
    `Kolom "${h}" sudah dipakai untuk target lain, tidak dapat dipakai juga untuk ${col}.`,
    `Column "${h}" is already used for another target and cannot also feed ${col}.`,
  ],
};

function mappingIssue(code: MappingIssueCode, column: string, header: string | null): MappingIssue {
  const [message, messageEn] = MESSAGES[code](column, header ?? '');
  return { code, column, header, message, messageEn };
}

/** Indexes of the columns matching `chosen`: its exact text first, else its header key. */
function findChosen(header: readonly string[], chosen: string): number[] {
  const exact = header.flatMap((h, i) => (h.trim() === chosen.trim() ? [i] : []));
  if (exact.length > 0) return exact;
  const key = headerKey(chosen);
  return header.flatMap((h, i) => (headerKey(h) === key ? [i] : []));
}

/** Resolves the file's header against the targets of `kind`; every problem is listed, not just the first. */
export function resolveMapping<K extends ParseKind>(
  header: readonly string[],
  kind: K,
  customMapping: ColumnMapping = {},
): MappingResult<TargetOf<K>> {
  type T = TargetOf<K>;
  const custom = customMapping as Partial<Record<string, string | null>>;
  const targets = (
    kind === 'residents' ? RESIDENT_TARGETS : kind === 'status' ? STATUS_TARGETS : VOTER_ROLL_TARGETS
  ) as readonly T[];
  const indexOf = Object.fromEntries(targets.map((t) => [t, undefined])) as ColumnIndex<T>;
  const headers: Partial<Record<T, string>> = {};
  const errors: MappingIssue[] = [];
  const claimed = new Map<number, T>();
  const assign = (target: T, found: number[], shown: string) => {
    const [index, second] = found;
    if (index === undefined) return;
    if (second !== undefined) return void errors.push(mappingIssue('ambiguous_header', target, shown));
    if (claimed.has(index)) return void errors.push(mappingIssue('header_reused', target, shown));
    claimed.set(index, target);
    indexOf[target] = index;
    headers[target] = header[index] ?? shown;
  };

  // The operator's choices first, so automatic matching never takes a column they assigned elsewhere.
  for (const target of targets) {
    const chosen = custom[target];
    if (typeof chosen !== 'string') continue;
    const found = findChosen(header, chosen);
    if (found.length === 0) errors.push(mappingIssue('header_not_found', target, chosen));
    assign(target, found, chosen);
  }
  // Automatic matching: per target, the columns carrying its best-ranked name (its own name, then aliases).
  const best = new Map<T, { rank: number; found: number[] }>();
  header.forEach((h, i) => {
    const match = TARGET_BY_KEY.get(headerKey(h));
    const target = match?.target as T | undefined;
    if (!match || target === undefined || !targets.includes(target) || claimed.has(i)) return;
    const current = best.get(target);
    if (!current || match.rank < current.rank) best.set(target, { rank: match.rank, found: [i] });
    else if (match.rank === current.rank) current.found.push(i);
  });
  for (const target of targets) {
    const match = best.get(target);
    if (custom[target] !== undefined || !match) continue;
    assign(target, match.found, header[match.found[0] ?? -1]?.trim() ?? target);
  }

  for (const target of REQUIRED_TARGETS[kind] as readonly T[]) {
    if (indexOf[target] !== undefined || errors.some((e) => e.column === target)) continue;
    if (target !== 'KODE_DESA') errors.push(mappingIssue('missing_column', target, null));
    else {
      const split = missingSplitRegion(indexOf as ColumnIndex<string>);
      if (split.length > 0) errors.push(missingVillageCode(split));
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, indexOf, headers };
}

function missingSplitRegion(indexOf: ColumnIndex<string>): string[] {
  return SPLIT_REGION_COLUMNS.filter((c) => indexOf[c] === undefined);
}

function missingVillageCode(split: string[]): MappingIssue {
  const list = split.join(', ');
  return {
    code: 'missing_column',
    column: 'KODE_DESA',
    header: null,
    message: `Kolom wajib KODE_DESA tidak ada di berkas, begitu pula kolom penggantinya: ${list}.`,
    messageEn: `Required column KODE_DESA is not in the file, nor are its split replacements: ${list}.`,
  };
}
