/**
 * Reads the first worksheet of an XLSX import file with exceljs's streaming reader: rows come off the ZIP
 * as they are inflated, so a million-row sheet is never held in memory (only the shared-string table is,
 * which no XLSX reader can avoid). Cells become text the way the operator sees them in Excel.
 */
import { Readable } from 'node:stream';
import ExcelJS, { type CellValue } from 'exceljs';
import { importFormatErrors } from './import-format-error';
import type { OpenedSource, SourceRow } from './import-source';

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

/** Cells of a row from column A, trailing empty cells dropped. */
function rowCells(values: CellValue[] | Record<string, CellValue>): string[] {
  if (!Array.isArray(values)) return [];
  const cells: string[] = [];
  let last = 0;
  for (let col = 1; col < values.length; col++) {
    const text = cellText(values[col]);
    cells.push(text);
    if (text.trim() !== '') last = col;
  }
  cells.length = last;
  return cells;
}

/**
 * Rows of the first worksheet, blank rows skipped. A row ends at its last non-empty cell (XLSX does not
 * store empty trailing cells), so rows may be shorter than the header.
 */
export async function* readXlsxBatches(source: OpenedSource): AsyncGenerator<SourceRow[], void, undefined> {
  const input = Readable.from(source.chunks, { objectMode: false });
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Styles carry the number formats that tell a date cell from a number.
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let batch: SourceRow[] = [];
  try {
    for await (const worksheet of workbook) {
      for await (const row of worksheet) {
        const cells = rowCells(row.values);
        if (cells.length === 0) continue;
        batch.push({ line: row.number, cells });
        if (batch.length >= BATCH_ROWS) {
          yield batch;
          batch = [];
        }
      }
      break;
    }
  } catch (err) {
    if (err instanceof Error && err.name === 'ImportFormatError') throw err;
    const error = importFormatErrors.unreadable(
      'isi XLSX rusak atau tidak lengkap.',
      'the XLSX content is damaged or incomplete.',
    );
    throw Object.assign(error, { cause: err });
  } finally {
    source.close();
  }
  yield batch;
}
