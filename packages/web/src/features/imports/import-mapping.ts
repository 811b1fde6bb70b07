import type {
  ColumnMappingInput,
  ImportKind,
  ImportPreview,
  ImportTarget,
  ResidentTarget,
} from '@sigap/contracts';

/** Target column → chosen file header ('' when none). */
export type Mapping = Partial<Record<ResidentTarget, string>>;

export function targetsFor(preview: ImportPreview, kind: ImportKind): ImportTarget[] {
  return kind === 'residents' ? preview.targets : preview.statusTargets;
}

/** The server's suggestion, keeping only headers the file really has. */
export function suggestedMapping(preview: ImportPreview, kind: ImportKind): Mapping {
  const suggested = kind === 'residents' ? preview.suggestedMapping : preview.suggestedStatusMapping;
  const headers = new Set(preview.header);
  const out: Mapping = {};
  for (const target of targetsFor(preview, kind)) {
    const header = suggested[target.name];
    out[target.name] = header && headers.has(header) ? header : '';
  }
  return out;
}

/** Required targets without a file column: the import cannot start while there are any. */
export function missingRequired(targets: ImportTarget[], mapping: Mapping): string[] {
  return targets.filter((target) => target.required && !mapping[target.name]).map((target) => target.name);
}

/** File headers chosen for more than one target (allowed, but usually a slip). */
export function reusedHeaders(mapping: Mapping): string[] {
  const seen = new Map<string, number>();
  for (const header of Object.values(mapping)) if (header) seen.set(header, (seen.get(header) ?? 0) + 1);
  return [...seen].filter(([, count]) => count > 1).map(([header]) => header);
}

/** What the API receives: only the targets that were given a column. */
export function mappingForApi(mapping: Mapping): ColumnMappingInput {
  return Object.fromEntries(Object.entries(mapping).filter(([, header]) => header !== ''));
}
