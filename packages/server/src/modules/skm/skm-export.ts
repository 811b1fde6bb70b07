import type { SkmIndex, SkmPeriodQuery } from '@sigap/contracts';
import { SKM_ELEMENTS, skmBandLabel } from '@sigap/domain';
import ExcelJS from 'exceljs';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { type ExportFile, XLSX_TYPE } from '../exports';
import { periodOf, responsesOf, summarise } from './skm-report.service';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };

function header(sheet: ExcelJS.Worksheet, row: number, values: string[]): void {
  const r = sheet.getRow(row);
  r.values = values;
  r.font = { bold: true };
  r.alignment = { vertical: 'middle', wrapText: true };
  for (let c = 1; c <= values.length; c++) r.getCell(c).fill = HEADER_FILL;
}

function indexCells(s: SkmIndex): (number | string | null)[] {
  return [
    s.count,
    ...s.elements.map((e) => (e === null ? null : Math.round(e * 1000) / 1000)),
    s.index,
    s.band,
    s.band ? skmBandLabel(s.band) : null,
  ];
}

/**
 * The workbook of the annual SKM report (PermenPANRB 14/2017): per point, the answers counted, the mean
 * of each element (NRR, three decimals as the regulation's tables), the SKM value and its band; the
 * region's total last; and every raw answer sheet on a second sheet, so the office can recompute or
 * chart it. Answers carry no personal data; comments are kept as written.
 */
export async function exportSkmXlsx(
  handle: Db,
  ctx: RequestContext,
  q: SkmPeriodQuery,
  now?: Date,
): Promise<ExportFile> {
  const p = periodOf(ctx, q, now);
  const rows = await responsesOf(handle, p);
  const report = summarise(p, rows);
  const book = new ExcelJS.Workbook();
  book.creator = 'Sigap';
  const codes = SKM_ELEMENTS.map((e) => `${e.code} ${e.name.id}`);

  const index = book.addWorksheet('Indeks SKM', { views: [{ state: 'frozen', ySplit: 4 }] });
  index.getCell(1, 1).value = `Indeks Kepuasan Masyarakat ${p.region}`;
  index.getCell(1, 1).font = { bold: true, size: 14 };
  index.getCell(2, 1).value =
    `Periode ${p.from} s.d. ${p.to}. Nilai unsur = rata-rata jawaban (1–4); SKM = rata-rata nilai unsur × 25 (PermenPANRB 14/2017).`;
  header(index, 4, [
    'Titik layanan',
    'Wilayah',
    'Jumlah responden',
    ...codes,
    'Nilai SKM',
    'Mutu',
    'Kinerja',
  ]);
  for (const pt of report.points) index.addRow([pt.name, pt.regionCode, ...indexCells(pt)]);
  const total = index.addRow(['Jumlah / total', p.region, ...indexCells(report.total)]);
  total.font = { bold: true };
  index.getColumn(1).width = 44;
  for (let c = 2; c <= codes.length + 6; c++) index.getColumn(c).width = 14;

  const raw = book.addWorksheet('Jawaban', { views: [{ state: 'frozen', ySplit: 1 }] });
  header(raw, 1, [
    'Tanggal',
    'Titik layanan',
    'Wilayah',
    'Saluran',
    'Layanan',
    ...SKM_ELEMENTS.map((e) => e.code),
    'Saran',
  ]);
  for (const r of rows) {
    const answers = JSON.parse(r.answers) as number[];
    raw.addRow([r.answered_on, r.point_name, r.region_code, r.channel, r.service, ...answers, r.comment]);
  }
  raw.getColumn(2).width = 44;
  raw.getColumn(SKM_ELEMENTS.length + 6).width = 60;

  return {
    filename: `skm-${p.region}-${p.from}-${p.to}.xlsx`,
    contentType: XLSX_TYPE,
    body: Buffer.from(await book.xlsx.writeBuffer()),
  };
}
