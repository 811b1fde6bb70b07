/**
 * Reads a CSV import file as rows of cells: sniffs the encoding, takes the delimiter from the header line
 * (comma, semicolon as Excel writes it in an Indonesian locale, or tab), skips blank lines and streams the
 * rest through the tokenizer one chunk at a time, so memory stays flat however long the file is.
 */
import { CsvTokenizer, MAX_RECORD_CHARS } from './csv-tokenizer';
import { importLimitErrors } from './import-format-error';
import { IMPORT_LIMITS, type ImportLimits } from './import-limits';
import type { OpenedSource, SourceRow } from './import-source';
import { createChunkDecoder, sniffEncoding, type TextEncodingName } from './text-decoding';

export const CSV_DELIMITERS = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

export interface CsvRows {
  delimiter: CsvDelimiter;
  encoding: TextEncodingName;
  /** Non-blank rows, a chunk's worth at a time, header first. */
  batches: AsyncGenerator<SourceRow[], void, undefined>;
}

/** The delimiter used most often outside quotes in `line`; comma when there is none. */
export function detectDelimiter(line: string): CsvDelimiter {
  const counts = [0, 0, 0];
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted) {
      const k = (CSV_DELIMITERS as readonly string[]).indexOf(c ?? '');
      if (k >= 0) counts[k] = (counts[k] ?? 0) + 1;
    }
  }
  let best = 0;
  for (let k = 1; k < counts.length; k++) if ((counts[k] ?? 0) > (counts[best] ?? 0)) best = k;
  return CSV_DELIMITERS[best] ?? ',';
}

const NOT_BLANK = /[^\s,;]/;
const SEP_LINE = /^\s*sep=(.)\s*$/i;

/** True for a row with nothing in it: an empty line, or only delimiters and spaces (`;;;`). */
export function isBlankRow(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.trim() !== '') return false;
  return true;
}

function withoutBlanks(rows: SourceRow[]): SourceRow[] {
  return rows.some((r) => isBlankRow(r.cells) && !r.problem)
    ? rows.filter((r) => !isBlankRow(r.cells) || r.problem)
    : rows;
}

/** The first line holding something, once it is complete; undefined while more text is needed. */
function firstLine(text: string): string | undefined {
  let start = 0;
  for (;;) {
    const end = text.slice(start).search(/[\r\n]/);
    if (end < 0) return undefined;
    const line = text.slice(start, start + end);
    if (NOT_BLANK.test(line)) return line;
    start += end + 1;
  }
}

/** Refuses a row wider than any extract, or a cell longer than Excel allows (a file that is no extract). */
function assertWithinLimits(row: SourceRow, limits: ImportLimits): void {
  if (row.cells.length > limits.maxRowCells) throw importLimitErrors.rowTooWide(row.line, limits.maxRowCells);
  for (const cell of row.cells) {
    if (cell.length > limits.maxCellChars) {
      throw importLimitErrors.cellTooLong(`baris ${row.line}`, `line ${row.line}`, limits.maxCellChars);
    }
  }
}

/** Opens the CSV: reads far enough to see the header line, then hands back the rows. */
export async function openCsv(source: OpenedSource): Promise<CsvRows> {
  const encoding = sniffEncoding(source.head);
  const decoder = createChunkDecoder(encoding);
  const chunks = source.chunks;
  let text = '';
  let ended = false;
  while (firstLine(text) === undefined && text.length < MAX_RECORD_CHARS) {
    const next = await chunks.next();
    if (next.done) {
      text += decoder.end();
      ended = true;
      break;
    }
    text += decoder.write(next.value);
  }
  const header = firstLine(text) ?? text;
  // Excel honours (and some exports write) a first line `sep=;` naming the delimiter; it is not the header.
  const sep = SEP_LINE.exec(header)?.[1] as CsvDelimiter | undefined;
  const delimiter = sep && CSV_DELIMITERS.includes(sep) ? sep : detectDelimiter(header);
  const tokenizer = new CsvTokenizer(delimiter);
  let skipSepLine = sep !== undefined;
  const rowsOf = (rows: SourceRow[]) => {
    const kept = withoutBlanks(rows);
    for (const row of kept) assertWithinLimits(row, IMPORT_LIMITS);
    if (!skipSepLine || kept.length === 0) return kept;
    skipSepLine = false;
    return kept.slice(1);
  };

  async function* batches(): AsyncGenerator<SourceRow[], void, undefined> {
    yield rowsOf(tokenizer.push(text));
    if (!ended) {
      for await (const chunk of chunks) yield rowsOf(tokenizer.push(decoder.write(chunk)));
      yield rowsOf(tokenizer.push(decoder.end()));
    }
    yield rowsOf(tokenizer.end());
  }
  return { delimiter, encoding, batches: batches() };
}
