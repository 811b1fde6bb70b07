/**
 * The import parser in one call: open the file, find and resolve its header against the SIAK columns,
 * then hand back each data row parsed and judged, in file order, one at a time (`parseImportFile`) or a
 * few hundred at a time (`parseImportBatches`), for the import job to write in batches. A file that cannot
 * be imported at all throws ImportFormatError before any row; a bad row never stops the rows after it.
 */
import { type ResidentRecord, requireIsoDate, type StatusUpdateRecord } from '@sigap/domain';
import type { ParseKind, ResidentTarget, StatusTarget, TargetOf, VoterRollTarget } from './column-aliases';
import type { ColumnIndex } from './column-mapping';
import {
  type FileRowParser,
  type ParsedRow,
  type ParseImportOptions,
  type RowParser,
  rowBatches,
} from './file-row-batches';
import type { ImportSource, SourceRow } from './import-source';
import { parseResidentRow } from './resident-row';
import type { RowContext } from './row-reader';
import { parseStatusRow } from './status-row';
import { parseVoterRollRow, type VoterRollRecord } from './voter-roll-row';

export type { FileRowParser, HeaderInfo, ParsedRow, ParseImportOptions, RowWho } from './file-row-batches';

export type RecordOf<K extends ParseKind> = K extends 'residents'
  ? ResidentRecord
  : K extends 'status'
    ? StatusUpdateRecord
    : VoterRollRecord;

function rowContext(options: RowContext): RowContext {
  return {
    referenceDate: options.referenceDate,
    ...(options.knownVillages && { knownVillages: options.knownVillages }),
    ...(options.inScope && { inScope: options.inScope }),
    ...(options.knownDistricts && { knownDistricts: options.knownDistricts }),
  };
}

export function parseImportBatches(
  source: ImportSource,
  options: ParseImportOptions<'residents'>,
): AsyncGenerator<ParsedRow<ResidentRecord>[], void, undefined>;
export function parseImportBatches(
  source: ImportSource,
  options: ParseImportOptions<'status'>,
): AsyncGenerator<ParsedRow<StatusUpdateRecord>[], void, undefined>;
export function parseImportBatches(
  source: ImportSource,
  options: ParseImportOptions<'voter_roll'>,
): AsyncGenerator<ParsedRow<VoterRollRecord>[], void, undefined>;
/**
 * Parses an import file a chunk of rows at a time (a few hundred, in file order), for a caller that writes
 * in batches anyway: it saves an await per row. Throws ImportFormatError for a file that cannot be imported.
 */
export function parseImportBatches(
  source: ImportSource,
  options: ParseImportOptions<'residents'> | ParseImportOptions<'status'> | ParseImportOptions<'voter_roll'>,
): AsyncGenerator<ParsedRow<ResidentRecord | StatusUpdateRecord | VoterRollRecord>[], void, undefined> {
  requireIsoDate(options.referenceDate, 'referenceDate');
  const ctx = rowContext(options);
  if (options.kind === 'residents') {
    return parseBatches(
      source,
      options,
      (indexOf: ColumnIndex<ResidentTarget>) => (cells, line) => parseResidentRow(cells, indexOf, line, ctx),
    );
  }
  if (options.kind === 'voter_roll') {
    return parseBatches(
      source,
      options,
      (indexOf: ColumnIndex<VoterRollTarget>) => (cells, line) =>
        parseVoterRollRow(cells, indexOf, line, ctx),
    );
  }
  return parseBatches(
    source,
    options,
    (indexOf: ColumnIndex<StatusTarget>) => (cells, line) => parseStatusRow(cells, indexOf, line, ctx),
  );
}

export function parseImportFile(
  source: ImportSource,
  options: ParseImportOptions<'residents'>,
): AsyncGenerator<ParsedRow<ResidentRecord>, void, undefined>;
export function parseImportFile(
  source: ImportSource,
  options: ParseImportOptions<'status'>,
): AsyncGenerator<ParsedRow<StatusUpdateRecord>, void, undefined>;
export function parseImportFile(
  source: ImportSource,
  options: ParseImportOptions<'voter_roll'>,
): AsyncGenerator<ParsedRow<VoterRollRecord>, void, undefined>;
/** Parses an import file row by row; throws ImportFormatError for a file that cannot be imported at all. */
export function parseImportFile(
  source: ImportSource,
  options: ParseImportOptions<'residents'> | ParseImportOptions<'status'> | ParseImportOptions<'voter_roll'>,
): AsyncGenerator<ParsedRow<ResidentRecord | StatusUpdateRecord | VoterRollRecord>, void, undefined> {
  // Overloads cannot narrow a union argument, so each kind is passed on in its own branch.
  if (options.kind === 'residents') return flatten(parseImportBatches(source, options));
  if (options.kind === 'voter_roll') return flatten(parseImportBatches(source, options));
  return flatten(parseImportBatches(source, options));
}

async function* flatten<T>(
  batches: AsyncGenerator<T[], void, undefined>,
): AsyncGenerator<T, void, undefined> {
  for await (const batch of batches) for (const item of batch) yield item;
}

async function* parseBatches<K extends ParseKind, R>(
  source: ImportSource,
  options: ParseImportOptions<K>,
  makeParser: (indexOf: ColumnIndex<TargetOf<K>>) => RowParser<R>,
): AsyncGenerator<ParsedRow<R>[], void, undefined> {
  for await (const { rows, parser } of rowBatches(source, options, makeParser)) yield parser.parse(rows);
}

/** A residents file's data rows, in file order a few hundred at a time, each batch with the file's row parser. */
export function readResidentRowBatches(
  source: ImportSource,
  options: ParseImportOptions<'residents'>,
): AsyncGenerator<{ rows: SourceRow[]; parser: FileRowParser<ResidentRecord> }, void, undefined> {
  requireIsoDate(options.referenceDate, 'referenceDate');
  const ctx = rowContext(options);
  return rowBatches(
    source,
    options,
    (indexOf: ColumnIndex<ResidentTarget>) => (cells, line) => parseResidentRow(cells, indexOf, line, ctx),
  );
}
