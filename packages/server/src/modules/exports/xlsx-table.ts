import ExcelJS from 'exceljs';

export type ColumnType = 'text' | 'integer' | 'percent' | 'date';

export interface TableColumn<K extends string = string> {
  header: string;
  key: K;
  type: ColumnType;
  /** Characters; derived from the header and the longest value when omitted. */
  width?: number;
}

/** A cell value: a ratio (0.9858) for percent columns, 'YYYY-MM-DD' for date columns. */
export type CellValue = string | number | null;
export type TableRow<K extends string = string> = Partial<Record<K, CellValue>>;

export interface XlsxTable<K extends string = string> {
  title: string;
  /** Shown under the title: reference date, election, generation time. */
  subtitle: string;
  sheetName?: string;
  columns: readonly TableColumn<K>[];
  rows: readonly TableRow<K>[];
  /** A bold closing row (e.g. the region's own figures as the total). */
  total?: TableRow<K>;
}

/**
 * Excel number formats are locale-neutral codes: Excel shows `#,##0` as 6.418.683 on an Indonesian
 * machine, and the numbers stay numbers so offices can sum and chart them.
 */
const FORMATS: Record<ColumnType, string | undefined> = {
  text: undefined,
  integer: '#,##0',
  percent: '0.00%',
  date: 'dd/mm/yyyy',
};

const HEADER_ROW = 4;

function toCell(type: ColumnType, value: CellValue | undefined): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (type === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    // Midnight UTC: Excel dates have no zone, and exceljs writes a Date by its UTC fields.
    return new Date(`${value}T00:00:00Z`);
  }
  return value;
}

function widthOf<K extends string>(col: TableColumn<K>, rows: readonly TableRow<K>[]): number {
  if (col.width) return col.width;
  const longest = rows.reduce((m, r) => Math.max(m, String(r[col.key] ?? '').length), 0);
  // Numbers gain thousands separators when shown; a little slack keeps "########" away.
  const shown = col.type === 'text' ? longest : longest + Math.ceil(longest / 3) + 1;
  return Math.min(60, Math.max(10, col.header.length + 2, shown + 2));
}

/** One sheet: title, subtitle, a frozen and filterable header, the rows, and an optional total row. */
export async function tableToXlsx<K extends string>(table: XlsxTable<K>): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Sigap';
  book.created = new Date();
  const sheet = book.addWorksheet(table.sheetName ?? 'Data', {
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 },
  });
  const n = table.columns.length;
  table.columns.forEach((col, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = widthOf(col, table.rows);
    const numFmt = FORMATS[col.type];
    if (numFmt) column.numFmt = numFmt;
  });

  sheet.getCell(1, 1).value = table.title;
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  sheet.getCell(2, 1).value = table.subtitle;
  sheet.getCell(2, 1).font = { italic: true, color: { argb: 'FF555555' } };

  const header = sheet.getRow(HEADER_ROW);
  header.values = table.columns.map((c) => c.header);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  for (let c = 1; c <= n; c++) {
    header.getCell(c).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    header.getCell(c).border = { bottom: { style: 'thin' } };
  }

  for (const r of table.rows) sheet.addRow(table.columns.map((c) => toCell(c.type, r[c.key])));
  sheet.autoFilter = {
    from: { row: HEADER_ROW, column: 1 },
    to: { row: HEADER_ROW + table.rows.length, column: n },
  };
  if (table.total) {
    const total = table.total;
    const row = sheet.addRow(table.columns.map((c) => toCell(c.type, total[c.key])));
    row.font = { bold: true };
    for (let c = 1; c <= n; c++) row.getCell(c).border = { top: { style: 'thin' } };
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
