import type { CoverageResponse, Letterhead } from '@sigap/contracts';
import { formatDateLong, formatDateTime, formatNumber, formatPercent } from '@sigap/domain';
import PDFDocument from 'pdfkit';
import type { Checkpoint } from '../audit';
import { basisNote } from './coverage-table';
import { pdfBytes } from './pdf-document';
import { drawLetterhead } from './pdf-letterhead';
import { drawSignature, signatureHeight } from './pdf-signature';
import { type Doc, drawTable, ensureSpace, numberPages, type PdfColumn } from './pdf-table';
import { SUKET_COLUMNS, suketSentence, suketTable } from './situation-report-sukets';

type Row = CoverageResponse['region'];

export interface SituationReportData {
  coverage: CoverageResponse;
  letterhead: Letterhead;
  /** One paragraph from the forecast module, when it is installed. */
  forecast?: string | undefined;
  /** The date written beside the signature, YYYY-MM-DD. */
  signDate: string;
  generatedAt: Date;
  /** The latest signed audit checkpoint, printed so the province holds an anchor of the chain. */
  auditCheckpoint?: Checkpoint | null;
}

const PREFIX: Record<string, string> = {
  province: 'Provinsi',
  district: 'Kecamatan',
  village: 'Desa/Kelurahan',
};

/** Regency names already carry "Kabupaten"/"Kota"; other levels need their title. */
export function regionLabel(r: Pick<Row, 'name' | 'level'>): string {
  const prefix = PREFIX[r.level];
  return prefix ? `${prefix} ${r.name}` : r.name;
}

const pct = (v: number | null) => (v === null ? '–' : formatPercent(v));

function drawHeadline(doc: Doc, f: Row['figures'], top: number): number {
  const tiles: [string, string][] = [
    ['Wajib KTP', formatNumber(f.mustHoldId)],
    ['Sudah rekam', formatNumber(f.recorded)],
    ['% Rekam', pct(f.percentRecorded)],
    ['Belum rekam', formatNumber(f.notRecorded)],
    ['PRR belum cetak', formatNumber(f.printReadyWaiting)],
    ['Sudah cetak', formatNumber(f.printed)],
    ['Sudah diserahkan', formatNumber(f.handedOver)],
    ['Perlu rekam ulang', formatNumber(f.needsRerecording)],
  ];
  const left = doc.page.margins.left;
  const width = (doc.page.width - left - doc.page.margins.right) / 4;
  const height = 40;
  tiles.forEach(([label, value], i) => {
    const x = left + (i % 4) * width;
    const y = top + Math.floor(i / 4) * (height + 6);
    doc
      .save()
      .roundedRect(x + 2, y, width - 4, height, 3)
      .lineWidth(0.5)
      .stroke('#9AA5B1')
      .restore();
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor('#555555')
      .text(label, x + 8, y + 6, { width: width - 16 });
    doc
      .font('Helvetica-Bold')
      .fontSize(13)
      .fillColor('black')
      .text(value, x + 8, y + 19, { width: width - 16 });
  });
  return top + 2 * (height + 6) + 4;
}

function summarySentence(r: Row): string {
  const f = r.figures;
  if (f.mustHoldId === 0) return `Belum ada penduduk wajib KTP tercatat di ${regionLabel(r)}.`;
  return (
    `Dari ${formatNumber(f.mustHoldId)} penduduk wajib KTP di ${regionLabel(r)}, ` +
    `${formatNumber(f.recorded)} (${pct(f.recorded / f.mustHoldId)}) sudah merekam dan ` +
    `${formatNumber(f.notRecorded)} (${pct(f.notRecorded / f.mustHoldId)}) belum. ` +
    `${formatNumber(f.printReadyWaiting)} KTP-el siap cetak (PRR) menunggu pencetakan dan ` +
    `${formatNumber(f.needsRerecording)} penduduk perlu merekam ulang.`
  );
}

const CHILD_COLUMNS: PdfColumn[] = [
  { header: 'No', width: 20, align: 'right' },
  { header: 'Wilayah', width: 105 },
  { header: 'Wajib KTP', width: 52, align: 'right' },
  { header: 'Sudah rekam', width: 52, align: 'right' },
  { header: '% Rekam', width: 42, align: 'right' },
  { header: 'Belum rekam', width: 50, align: 'right' },
  { header: 'PRR belum cetak', width: 54, align: 'right' },
  { header: 'Sudah cetak', width: 52, align: 'right' },
  { header: 'Sudah diserahkan', width: 56, align: 'right' },
];

function figureCells(f: Row['figures']): string[] {
  return [
    formatNumber(f.mustHoldId),
    formatNumber(f.recorded),
    pct(f.percentRecorded),
    formatNumber(f.notRecorded),
    formatNumber(f.printReadyWaiting),
    formatNumber(f.printed),
    formatNumber(f.handedOver),
  ];
}

/** Largest gap first: the regions the Kepala Dinas has to call today head the list. */
function childRows(children: readonly Row[]): string[][] {
  return [...children]
    .sort((a, b) => b.figures.notRecorded - a.figures.notRecorded || a.code.localeCompare(b.code))
    .map((c, i) => [String(i + 1), c.name, ...figureCells(c.figures)]);
}

/** The region's own counters close the table, as in the XLSX export: the same number in both files. */
function totalRow(region: Row): string[] {
  return ['', 'Jumlah', ...figureCells(region.figures)];
}

/** Space between the last content and the place-and-date line of the signature. */
const SIGNATURE_GAP = 8;
/** A section heading and the gap below it. */
const HEADING_HEIGHT = 18;

function heading(doc: Doc, text: string, y: number): number {
  const top = ensureSpace(doc, y, 40);
  doc.font('Helvetica-Bold').fontSize(10.5).fillColor('black').text(text, doc.page.margins.left, top);
  return doc.y + 4;
}

/** One footer line: enough of the checkpoint to compare with `audit verify` or the exported JSON. */
export function checkpointLine(c: Checkpoint): string {
  return (
    `Jangkar log audit: entri s.d. id ${c.lastEntryId} (${formatNumber(c.entryCount)} entri), ` +
    `hash ${c.lastEntryHash.slice(0, 16)}, kunci ${c.keyId}, tanda tangan ${c.signature.slice(0, 16)}, ` +
    `${formatDateTime(c.at)} WIB`
  );
}

/** Written in the bottom margin of the last page, above the page footer, so it never moves the content. */
function drawCheckpointFooter(doc: Doc, c: Checkpoint): void {
  const range = doc.bufferedPageRange();
  doc.switchToPage(range.start + range.count - 1);
  const { left, right, bottom } = doc.page.margins;
  doc.page.margins.bottom = 0;
  const line = checkpointLine(c);
  const width = doc.page.width - left - right;
  // One line inside the footer space: shrink the type rather than wrap into the page number below.
  doc.font('Helvetica').fontSize(6.5);
  const size = Math.min(6.5, (6.5 * width) / doc.widthOfString(line));
  doc.fontSize(size).fillColor('#555555');
  doc.text(line, left, doc.page.height - bottom - 22, { width, lineBreak: false });
  doc.page.margins.bottom = bottom;
  doc.fillColor('black');
}

/** The daily situation report as an A4 PDF. `compress: false` keeps the text greppable in tests. */
export function renderSituationReport(data: SituationReportData, opts: { compress?: boolean } = {}) {
  const { coverage: c, letterhead } = data;
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 40, bottom: 40, left: 56, right: 56 },
    bufferPages: true,
    compress: opts.compress ?? true,
    info: { Title: `Laporan Situasi Harian Perekaman KTP-el — ${c.region.name}`, Author: 'Sigap' },
  });
  const done = pdfBytes(doc);

  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  let y = drawLetterhead(doc, letterhead);
  doc.font('Helvetica-Bold').fontSize(14).text('Laporan Situasi Harian Perekaman KTP-el', left, y, {
    width,
    align: 'center',
  });
  doc
    .font('Helvetica')
    .fontSize(11)
    .text(`${regionLabel(c.region)} (${c.region.code})`, { width, align: 'center' });
  const when = c.election
    ? `Keadaan pada hari pemungutan suara ${c.election.name}: ${formatDateLong(c.referenceDate)}`
    : `Keadaan per ${formatDateLong(c.referenceDate)}`;
  doc.text(when, { width, align: 'center' });
  doc.fontSize(9).text(basisNote(c), { width, align: 'center' });

  y = drawHeadline(doc, c.region.figures, doc.y + 14);
  doc.font('Helvetica').fontSize(9.5).text(summarySentence(c.region), left, y, { width, align: 'justify' });
  const sukets = suketSentence(c.region);
  if (sukets) doc.moveDown(0.4).text(sukets, left, doc.y, { width, align: 'justify' });
  y = doc.y + 12;

  // The signature never stands alone on a page: the last content (the forecast, or else the table's
  // last rows) moves to the next page with it when both do not fit.
  const signature = signatureHeight(doc, letterhead) + SIGNATURE_GAP;
  if (c.children.length > 0) {
    y = heading(doc, 'Rincian wilayah, diurutkan menurut jumlah belum rekam', y);
    const keepWithNext = data.forecast ? undefined : signature + 12;
    const rows = childRows(c.children);
    const suketRows = suketTable(c);
    y =
      drawTable(doc, CHILD_COLUMNS, rows, y, {
        total: totalRow(c.region),
        keepWithNext: suketRows ? undefined : keepWithNext,
      }) + 12;
    if (suketRows) {
      y = heading(doc, 'Suket dan cakupan cetak', y);
      y = drawTable(doc, SUKET_COLUMNS, suketRows.rows, y, { total: suketRows.total, keepWithNext }) + 12;
    }
  }
  if (data.forecast) {
    doc.font('Helvetica').fontSize(9.5);
    const text = doc.heightOfString(data.forecast, { width, align: 'justify' });
    y = ensureSpace(doc, y, HEADING_HEIGHT + text + 12 + signature);
    y = heading(doc, 'Perkiraan', y);
    doc.font('Helvetica').fontSize(9.5).text(data.forecast, left, y, { width, align: 'justify' });
    y = doc.y + 12;
  }
  drawSignature(doc, letterhead, data.signDate, y + SIGNATURE_GAP);
  numberPages(doc, `Dibuat oleh Sigap pada ${formatDateTime(data.generatedAt)} WIB`);
  if (data.auditCheckpoint) drawCheckpointFooter(doc, data.auditCheckpoint);
  doc.end();
  return done;
}
