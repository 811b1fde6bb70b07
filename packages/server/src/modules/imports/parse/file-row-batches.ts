/**
 * Reading an import file's rows: find and resolve its header, then hand back its data rows a batch at a
 * time with the file's row parser, which judges each row (column count, then the kind's own row parser)
 * and names whom a bad row is about. parse-import-file.ts picks the row parser for each kind.
 */
import type { ParseKind, TargetOf } from './column-aliases';
import { type ColumnIndex, type ColumnMapping, type MappingIssue, resolveMapping } from './column-mapping';
import { HEADER_SEARCH_ROWS, locateHeader } from './header-row';
import { importFormatErrors } from './import-format-error';
import type { FileFormat, ImportSource, SourceRow } from './import-source';
import { openRows } from './read-rows';
import { type RowIssue, rowIssue } from './row-issue';
import type { RowContext, RowResult } from './row-reader';

export interface ParseImportOptions<K extends ParseKind = ParseKind> extends RowContext {
  kind: K;
  /** The operator's column choices; unmentioned targets are matched by header name. */
  mapping?: ColumnMapping;
  /** Called once the header is resolved, before the first row (to store the mapping with the job). */
  onHeader?: (info: HeaderInfo<K>) => void;
}

export interface HeaderInfo<K extends ParseKind> {
  fileName: string;
  format: FileFormat;
  delimiter?: string;
  /** Line of the header row: 1 unless a title block sits above it. */
  line: number;
  header: string[];
  /** Target → the file header that feeds it. */
  headers: Partial<Record<TargetOf<K>, string>>;
}

export type ParsedRow<R> =
  | { ok: true; line: number; record: R; warnings: RowIssue[] }
  | {
      ok: false;
      line: number;
      issues: RowIssue[];
      warnings: RowIssue[];
      cells: string[];
      /** The row's NIK and name cells as written, so the error report names whom the row is about. */
      who: RowWho;
    };

export interface RowWho {
  nik: string;
  name: string;
}

/** Where the NIK and name cells sit in a row (the name is absent from a status extract). */
interface WhoAt {
  nik: number | undefined;
  name: number | undefined;
}

function whoOf(cells: readonly string[], at: WhoAt): RowWho {
  const cell = (i: number | undefined) => (i === undefined ? '' : (cells[i] ?? '').trim().slice(0, 100));
  return { nik: cell(at.nik), name: cell(at.name) };
}

export type RowParser<R> = (cells: readonly string[], line: number) => RowResult<R>;

function mappingError(errors: MappingIssue[]) {
  const details = errors.map((e) => ({ field: e.column, message: e.message, messageEn: e.messageEn }));
  const missing = errors.filter((e) => e.code === 'missing_column' || e.code === 'header_not_found');
  if (missing.length === 0) return importFormatErrors.invalidMapping(details);
  return importFormatErrors.missingColumns([...new Set(missing.map((e) => e.column))], details);
}

/**
 * Cells past the header's width are tolerated while empty (a trailing delimiter on every row); missing
 * cells only in XLSX, which does not store a row's empty trailing cells.
 */
function columnCountIssue(row: SourceRow, width: number, shortIsEmpty: boolean): RowIssue | undefined {
  const { cells, line } = row;
  if (row.problem === 'unclosed_quote') return rowIssue(line, null, 'unclosed_quote');
  if (cells.length === width || (shortIsEmpty && cells.length < width)) return undefined;
  if (cells.length > width && cells.every((cell, i) => i < width || cell.trim() === '')) return undefined;
  return rowIssue(line, null, 'column_count', String(cells.length), String(width));
}

/** Parses the data rows of one batch; `width` is the header's cell count. */
function parseRowBatch<R>(
  rows: readonly SourceRow[],
  parse: RowParser<R>,
  width: number,
  shortIsEmpty: boolean,
  whoAt: WhoAt,
): ParsedRow<R>[] {
  const parsed: ParsedRow<R>[] = [];
  for (const row of rows) {
    const { line, cells } = row;
    const bad = columnCountIssue(row, width, shortIsEmpty);
    if (bad) {
      parsed.push({ ok: false, line, issues: [bad], warnings: [], cells, who: whoOf(cells, whoAt) });
      continue;
    }
    const result = parse(cells, line);
    parsed.push(
      result.ok
        ? { ok: true, line, record: result.record, warnings: result.warnings }
        : {
            ok: false,
            line,
            issues: result.issues,
            warnings: result.warnings,
            cells,
            who: whoOf(cells, whoAt),
          },
    );
  }
  return parsed;
}

/**
 * The parser of one file's data rows, known once its header is: an import that can tell a row it has
 * applied before from its cells alone (line-digest.ts) parses only the others.
 */
export interface FileRowParser<R> {
  parse(rows: readonly SourceRow[]): ParsedRow<R>[];
  /** The NIK's cell, when the file has one. */
  nikAt: number | undefined;
  /** What decides how a row is read, beside its text: format, delimiter, header width and resolved columns. */
  layout: string;
}

/** A file's data rows, in file order a few hundred at a time, each batch with the file's row parser. */
export async function* rowBatches<K extends ParseKind, R>(
  source: ImportSource,
  options: ParseImportOptions<K>,
  makeParser: (indexOf: ColumnIndex<TargetOf<K>>) => RowParser<R>,
): AsyncGenerator<{ rows: SourceRow[]; parser: FileRowParser<R> }, void, undefined> {
  const opened = await openRows(source);
  const shortIsEmpty = opened.format === 'xlsx';
  let parser: FileRowParser<R> | undefined;
  let dataRows = 0;
  // Rows read before the header is known: it may sit below a title block (see header-row).
  const head: SourceRow[] = [];
  /** Resolves the header among `head`: the file's row parser and the data rows after it. */
  const begin = () => {
    const at = locateHeader(
      head.map((r) => r.cells),
      options.mapping,
    );
    const headerRow = head[at];
    if (!headerRow) throw importFormatErrors.empty();
    const header = headerRow.cells.map((cell) => cell.trim());
    const mapping = resolveMapping(header, options.kind, options.mapping);
    if (!mapping.ok) throw mappingError(mapping.errors);
    const { fileName, format, delimiter } = opened;
    const info = { fileName, format, line: headerRow.line, header, headers: mapping.headers };
    options.onHeader?.(delimiter ? { ...info, delimiter } : info);
    const indexOf: Partial<Record<string, number>> = mapping.indexOf;
    const whoAt: WhoAt = { nik: indexOf.NIK, name: indexOf.NAMA_LGKP };
    const parse = makeParser(mapping.indexOf);
    const width = header.length;
    const fileParser: FileRowParser<R> = {
      parse: (rows) => parseRowBatch(rows, parse, width, shortIsEmpty, whoAt),
      nikAt: indexOf.NIK,
      layout: JSON.stringify([
        options.kind,
        format,
        delimiter ?? null,
        width,
        Object.entries(indexOf).sort(),
      ]),
    };
    return { parser: fileParser, rows: head.slice(at + 1) };
  };
  try {
    for await (const batch of opened.batches) {
      let rows = batch;
      if (!parser) {
        for (const row of batch) head.push(row);
        if (head.length < HEADER_SEARCH_ROWS) continue;
        ({ parser, rows } = begin());
      }
      dataRows += rows.length;
      if (rows.length > 0) yield { rows, parser };
    }
    if (!parser && head.length > 0) {
      const started = begin();
      parser = started.parser;
      dataRows += started.rows.length;
      if (started.rows.length > 0) yield { rows: started.rows, parser };
    }
  } finally {
    opened.close();
  }
  if (!parser) throw importFormatErrors.empty();
  if (dataRows === 0) throw importFormatErrors.noDataRows();
}
