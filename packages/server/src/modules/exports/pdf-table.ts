/** Drawing helpers shared by PDF reports: a paged table and the page footer. */
import type PDFDocument from 'pdfkit';

export type Doc = InstanceType<typeof PDFDocument>;

export interface PdfColumn {
  header: string;
  width: number;
  align?: 'left' | 'right' | 'center';
}

const ROW_HEIGHT = 15;
const HEADER_HEIGHT = 26;
const PAD = 3;
/** Space kept free at the bottom of each page for the page number. */
export const FOOTER_SPACE = 24;

/** Bottom of the writable area of the current page. */
export function pageLimit(doc: Doc): number {
  return doc.page.height - doc.page.margins.bottom - FOOTER_SPACE;
}

/** Starts a new page unless `height` more points still fit on this one; returns the y to draw at. */
export function ensureSpace(doc: Doc, y: number, height: number): number {
  if (y + height <= pageLimit(doc)) return y;
  doc.addPage();
  return doc.page.margins.top;
}

function drawHeader(doc: Doc, columns: readonly PdfColumn[], x0: number, y: number): number {
  const width = columns.reduce((s, c) => s + c.width, 0);
  doc.save().rect(x0, y, width, HEADER_HEIGHT).fill('#DDEBF7').restore();
  doc.font('Helvetica-Bold').fontSize(8).fillColor('black');
  let x = x0;
  for (const c of columns) {
    doc.text(c.header, x + PAD, y + 4, { width: c.width - 2 * PAD, align: c.align ?? 'left' });
    x += c.width;
  }
  doc
    .moveTo(x0, y + HEADER_HEIGHT)
    .lineTo(x0 + width, y + HEADER_HEIGHT)
    .lineWidth(0.75)
    .stroke();
  return y + HEADER_HEIGHT;
}

export interface TableOptions {
  /** A closing row (the region's own total), drawn bold under a rule. */
  total?: readonly string[] | undefined;
  /**
   * Height of what must follow the table on the same page (the signature block). The last rows then move
   * to the next page with it rather than leave it alone there: a signature belongs under the figures it
   * signs, and a page holding only a signature can be detached and stapled to anything.
   */
  keepWithNext?: number | undefined;
}

/** How many last rows travel with the block that must follow the table. */
const KEEP_ROWS = 3;

function drawRow(doc: Doc, columns: readonly PdfColumn[], cells: readonly string[], x0: number, y: number) {
  let x = x0;
  columns.forEach((c, j) => {
    doc.text(cells[j] ?? '', x + PAD, y + 4, {
      width: c.width - 2 * PAD,
      align: c.align ?? 'left',
      lineBreak: false,
      ellipsis: true,
      height: ROW_HEIGHT - 4,
    });
    x += c.width;
  });
}

function rule(doc: Doc, x0: number, width: number, y: number, lineWidth: number): void {
  doc
    .moveTo(x0, y)
    .lineTo(x0 + width, y)
    .lineWidth(lineWidth)
    .stroke();
}

/**
 * Rows of already-formatted text, one line each, with the header repeated on every page so a
 * printed page can be read on its own. Returns the y below the last row.
 */
export function drawTable(
  doc: Doc,
  columns: readonly PdfColumn[],
  rows: readonly string[][],
  top: number,
  options: TableOptions = {},
): number {
  const x0 = doc.page.margins.left;
  const width = columns.reduce((s, c) => s + c.width, 0);
  const totalHeight = options.total ? ROW_HEIGHT : 0;
  const keep = options.keepWithNext ?? 0;
  const keepFrom = keep > 0 ? Math.max(0, rows.length - KEEP_ROWS) : rows.length;
  const tailHeight = (from: number) => (rows.length - from) * ROW_HEIGHT + totalHeight + keep;
  // A short table that cannot share a page with what follows starts on the next page whole.
  const firstNeed = keepFrom === 0 ? HEADER_HEIGHT + tailHeight(0) : HEADER_HEIGHT + ROW_HEIGHT;
  let y = drawHeader(doc, columns, x0, ensureSpace(doc, top, firstNeed));
  let rowsOnPage = 0;
  rows.forEach((cells, i) => {
    const tooLow = y + ROW_HEIGHT > pageLimit(doc);
    const tailWontFit = i === keepFrom && rowsOnPage > 0 && y + tailHeight(i) > pageLimit(doc);
    if (tooLow || tailWontFit) {
      rule(doc, x0, width, y, 0.5);
      doc.addPage();
      y = drawHeader(doc, columns, x0, doc.page.margins.top);
      rowsOnPage = 0;
    }
    if (i % 2 === 1) doc.save().rect(x0, y, width, ROW_HEIGHT).fill('#F5F7FA').restore();
    doc.font('Helvetica').fontSize(8).fillColor('black');
    drawRow(doc, columns, cells, x0, y);
    y += ROW_HEIGHT;
    rowsOnPage += 1;
  });
  if (options.total) {
    if (y + ROW_HEIGHT > pageLimit(doc)) {
      doc.addPage();
      y = drawHeader(doc, columns, x0, doc.page.margins.top);
    }
    rule(doc, x0, width, y, 0.75);
    doc.font('Helvetica-Bold').fontSize(8).fillColor('black');
    drawRow(doc, columns, options.total, x0, y);
    y += ROW_HEIGHT;
  }
  rule(doc, x0, width, y, 0.5);
  return y;
}

/** "Halaman 1 dari 3" on every buffered page, plus a note of where the document came from. */
export function numberPages(doc: Doc, note: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const { left, right, bottom } = doc.page.margins;
    // Writing inside the bottom margin would make pdfkit open a new page; lift the margin while we do.
    doc.page.margins.bottom = 0;
    const y = doc.page.height - bottom - 12;
    const width = doc.page.width - left - right;
    doc.font('Helvetica').fontSize(7.5).fillColor('#555555');
    doc.text(note, left, y, { width, align: 'left', lineBreak: false });
    doc.text(`Halaman ${i - range.start + 1} dari ${range.count}`, left, y, {
      width,
      align: 'right',
      lineBreak: false,
    });
    doc.page.margins.bottom = bottom;
  }
  doc.fillColor('black');
}
