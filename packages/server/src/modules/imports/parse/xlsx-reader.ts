/**
 * Reads the first worksheet of an XLSX import file with exceljs's streaming reader: rows come off the ZIP
 * as they are inflated, so a million-row sheet is never held in memory (only the shared-string table is,
 * which no XLSX reader can avoid, hence its bound in import-limits.ts). Cells become text the way the
 * operator sees them in Excel.
 */
import type { Readable } from 'node:stream';
import ExcelJS, { type CellValue } from 'exceljs';
import { importFormatErrors, importLimitErrors } from './import-format-error';
import { IMPORT_LIMITS, type ImportLimits } from './import-limits';
import type { SourceRow } from './import-source';
import { WORKSHEET_PART, XlsxArchive } from './xlsx-archive';

const BATCH_ROWS = 1000;

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * A cell as text. Date cells (a date number format) become `YYYY-MM-DD`: exceljs builds them at UTC
 * midnight, so the UTC fields are the calendar day. Plain numbers stay numbers as text (a date typed
 * without a date format arrives as its serial number, which the date parser reads).
 */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    return `${value.getUTCFullYear()}-${two(value.getUTCMonth() + 1)}-${two(value.getUTCDate())}`;
  }
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result ?? null);
  if ('hyperlink' in value) return value.text;
  return '';
}

/** Cells of a row from column A, trailing empty cells dropped; refuses a row too wide or a cell too long. */
function rowCells(
  values: CellValue[] | Record<string, CellValue>,
  line: number,
  limits: ImportLimits,
): string[] {
  if (!Array.isArray(values)) return [];
  const cells: string[] = [];
  let last = 0;
  for (let col = 1; col < values.length; col++) {
    const text = cellText(values[col]);
    if (text.length > limits.maxCellChars) {
      throw importLimitErrors.cellTooLong(`baris ${line}`, `row ${line}`, limits.maxCellChars);
    }
    cells.push(text);
    if (text.trim() !== '') last = col;
  }
  if (last > limits.maxRowCells) throw importLimitErrors.rowTooWide(line, limits.maxRowCells);
  cells.length = last;
  return cells;
}

/** The parts of exceljs's streaming reader that take one part's stream each (exceljs 4.4, not typed). */
interface WorkbookReaderParts {
  _parseRels(part: Readable): Promise<void>;
  _parseWorkbook(part: Readable): Promise<void>;
  _parseSharedStrings(part: Readable): AsyncGenerator<unknown, void, undefined>;
  _parseStyles(part: Readable): Promise<void>;
  _parseWorksheet(
    part: Readable,
    sheetNo: string,
  ): Generator<{ eventType: string; value: ExcelJS.stream.xlsx.WorksheetReader }, void, undefined>;
}

/**
 * The first worksheet of the archive, parsed by exceljs from metered parts. exceljs's own `parse` reads
 * the ZIP as a stream of local headers (no central directory: a truncated file hangs, a damaged one
 * leaves an unhandled stream error) and buffers whatever the XML holds; here the archive is read from its
 * central directory (xlsx-archive.ts) and each part reaches exceljs through a meter. The workbook parts
 * are read first, so the sheet never waits in a temporary file as it does in exceljs when it comes first.
 */
async function firstWorksheet(archive: XlsxArchive, onBytes: (n: number) => void) {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(null as unknown as Readable, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Styles carry the number formats that tell a date cell from a number.
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  }) as unknown as WorkbookReaderParts;
  const part = (name: string) => archive.open(name, onBytes);
  if (archive.has(RELS)) await reader._parseRels(await part(RELS));
  if (archive.has(WORKBOOK)) await reader._parseWorkbook(await part(WORKBOOK));
  if (archive.has(SHARED_STRINGS))
    for await (const _ of reader._parseSharedStrings(await part(SHARED_STRINGS)));
  if (archive.has(STYLES)) await reader._parseStyles(await part(STYLES));
  const sheet = archive.names().find((name) => WORKSHEET_PART.test(name));
  if (!sheet) return undefined;
  const sheetNo = WORKSHEET_PART.exec(sheet)?.[1] ?? '1';
  for (const event of reader._parseWorksheet(await part(sheet), sheetNo)) {
    if (event.eventType === 'worksheet') return event.value;
  }
  return undefined;
}

const RELS = 'xl/_rels/workbook.xml.rels';
const WORKBOOK = 'xl/workbook.xml';
const SHARED_STRINGS = 'xl/sharedStrings.xml';
const STYLES = 'xl/styles.xml';

/** A batch ends at this many rows or characters, whichever comes first, so wide rows stay bounded too. */
const BATCH_CHARS = 4 * 1024 * 1024;

/**
 * Rows of the first worksheet, blank rows skipped. A row ends at its last non-empty cell (XLSX does not
 * store empty trailing cells), so rows may be shorter than the header. Every failure, a stream error
 * included, ends as an ImportFormatError.
 */
export async function* readXlsxBatches(
  filePath: string,
  options: { limits?: ImportLimits; onBytes?: (n: number) => void } = {},
): AsyncGenerator<SourceRow[], void, undefined> {
  const limits = options.limits ?? IMPORT_LIMITS;
  const archive = await XlsxArchive.open(filePath, limits);
  let batch: SourceRow[] = [];
  let chars = 0;
  try {
    const worksheet = await firstWorksheet(archive, options.onBytes ?? (() => {}));
    if (worksheet) {
      for await (const row of worksheet) {
        const cells = rowCells(row.values, row.number, limits);
        if (cells.length === 0) continue;
        batch.push({ line: row.number, cells });
        for (const cell of cells) chars += cell.length;
        if (batch.length >= BATCH_ROWS || chars >= BATCH_CHARS) {
          yield batch;
          batch = [];
          chars = 0;
        }
      }
    }
  } catch (err) {
    if (err instanceof Error && err.name === 'ImportFormatError') throw err;
    const error = importFormatErrors.unreadable(
      'isi XLSX rusak atau tidak lengkap.',
      'the XLSX content is damaged or incomplete.',
    );
    throw Object.assign(error, { cause: err });
  } finally {
    archive.close();
  }
  yield batch;
}
