/**
 * One way in for every import file format: open a source, get its non-blank rows as text cells with their
 * line numbers, in batches (what the parser consumes) or one by one (`readRows`), or just the first few
 * (`previewFile`, for the column-mapping screen).
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type CsvDelimiter, openCsv } from './csv-reader';
import { HEADER_SEARCH_ROWS, locateHeader } from './header-row';
import { importFormatErrors } from './import-format-error';
import { type FileFormat, type ImportSource, openSource, type SourceRow } from './import-source';
import type { TextEncodingName } from './text-decoding';
import { readXlsxBatches } from './xlsx-reader';

export interface OpenedRows {
  fileName: string;
  format: FileFormat;
  /** CSV only. */
  delimiter?: CsvDelimiter;
  /** CSV only. */
  encoding?: TextEncodingName;
  batches: AsyncGenerator<SourceRow[], void, undefined>;
  /** Releases the file when the batches are abandoned before the end; safe to call twice. */
  close(): void;
}

export interface FilePreview {
  fileName: string;
  format: FileFormat;
  delimiter?: CsvDelimiter;
  encoding?: TextEncodingName;
  /** Line of the header row: 1 unless a title block sits above it. */
  headerLine: number;
  header: string[];
  /** Up to `n` data rows after the header, as text. */
  rows: string[][];
}

/** Opens a CSV or XLSX file (chosen by its first bytes, then its name) for reading rows. */
export async function openRows(source: ImportSource): Promise<OpenedRows> {
  const opened = await openSource(source);
  const { fileName, format, close } = opened;
  if (format === 'xlsx') {
    // An XLSX is read from its central directory at the end of the file: from the path, or spooled.
    const batches =
      'path' in source
        ? readXlsxBatches(source.path, { onBytes: source.onBytes })
        : spooledXlsxBatches(opened.chunks);
    if ('path' in source) close();
    return { fileName, format, batches, close: () => void batches.return(undefined).catch(() => {}) };
  }
  try {
    const csv = await openCsv(opened);
    return {
      fileName,
      format,
      delimiter: csv.delimiter,
      encoding: csv.encoding,
      batches: csv.batches,
      close,
    };
  } catch (err) {
    close();
    throw err;
  }
}

/** An XLSX that arrived as a stream, written to a private temporary file and read from there. */
async function* spooledXlsxBatches(
  chunks: AsyncIterable<Buffer>,
): AsyncGenerator<SourceRow[], void, undefined> {
  const dir = await mkdtemp(path.join(tmpdir(), 'sigap-xlsx-'));
  try {
    const file = path.join(dir, 'upload.xlsx');
    await pipeline(Readable.from(chunks), createWriteStream(file, { mode: 0o600 }));
    yield* readXlsxBatches(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Every non-blank row of the file, header first, one at a time. */
export async function* readRows(source: ImportSource): AsyncGenerator<SourceRow, void, undefined> {
  const opened = await openRows(source);
  try {
    for await (const batch of opened.batches) for (const row of batch) yield row;
  } finally {
    opened.close();
  }
}

/**
 * The header and the first `n` data rows after it, for the mapping preview; the header is found as the
 * parser finds it (below a title block if need be). Throws import_empty_file when the file is blank.
 */
export async function previewFile(source: ImportSource, n = 10): Promise<FilePreview> {
  const opened = await openRows(source);
  const { fileName, format, delimiter, encoding } = opened;
  const head: SourceRow[] = [];
  try {
    outer: for await (const batch of opened.batches) {
      for (const row of batch) {
        head.push(row);
        if (head.length >= HEADER_SEARCH_ROWS + n) break outer;
      }
    }
  } finally {
    opened.close();
  }
  const at = locateHeader(head.map((row) => row.cells));
  const headerRow = head[at];
  if (!headerRow) throw importFormatErrors.empty();
  const header = headerRow.cells.map((cell) => cell.trim());
  // XLSX rows stop at their last filled cell; the preview table wants them as wide as the header.
  const rows = head
    .slice(at + 1, at + 1 + n)
    .map((row) =>
      row.cells.length < header.length
        ? [...row.cells, ...new Array<string>(header.length - row.cells.length).fill('')]
        : row.cells,
    );
  const preview: FilePreview = { fileName, format, headerLine: headerRow.line, header, rows };
  if (delimiter) preview.delimiter = delimiter;
  if (encoding) preview.encoding = encoding;
  return preview;
}
