import type { CoverageResponse } from '@sigap/contracts';
import { formatDateLong, formatDateTime } from '@sigap/domain';
import type { TableColumn, TableRow, XlsxTable } from './xlsx-table';

type CoverageRow = CoverageResponse['region'];

const COLUMNS = [
  { header: 'Kode', key: 'code', type: 'text', width: 16 },
  { header: 'Wilayah', key: 'name', type: 'text' },
  { header: 'Penduduk', key: 'population', type: 'integer' },
  { header: 'Wajib KTP', key: 'mustHoldId', type: 'integer' },
  { header: 'Sudah rekam', key: 'recorded', type: 'integer' },
  { header: 'Belum rekam', key: 'notRecorded', type: 'integer' },
  { header: '% Rekam', key: 'percentRecorded', type: 'percent' },
  { header: 'PRR belum cetak', key: 'printReadyWaiting', type: 'integer' },
  { header: 'Sudah cetak', key: 'printed', type: 'integer' },
  { header: 'Sudah diserahkan', key: 'handedOver', type: 'integer' },
  { header: 'Perlu rekam ulang', key: 'needsRerecording', type: 'integer' },
  { header: 'IKD aktif', key: 'digitalIdActive', type: 'integer' },
  { header: 'Pemilih', key: 'voters', type: 'integer' },
  { header: 'Pemilih sudah rekam', key: 'votersRecorded', type: 'integer' },
  // Issue 14: the command center's suket figures, from the same coverage answer.
  { header: 'Suket terbit', key: 'suketIssued', type: 'integer' },
  { header: 'Suket aktif', key: 'suketActive', type: 'integer' },
  { header: 'Suket diganti (sudah cetak)', key: 'suketSuperseded', type: 'integer' },
  { header: 'Sudah cetak atau suket', key: 'printedOrCovered', type: 'integer' },
  { header: '% Cetak atau suket', key: 'percentPrintedOrCovered', type: 'percent' },
] as const satisfies readonly TableColumn[];

type Key = (typeof COLUMNS)[number]['key'];

function toRow(r: CoverageRow, name = r.name): TableRow<Key> {
  const s = r.sukets;
  return {
    code: r.code,
    name,
    ...r.figures,
    suketIssued: s?.issued ?? null,
    suketActive: s?.active ?? null,
    suketSuperseded: s?.superseded ?? null,
    printedOrCovered: s?.printedOrCovered ?? null,
    percentPrintedOrCovered: s?.percentPrintedOrCovered ?? null,
  };
}

/**
 * Where the figures come from, printed beside them (issue 11: a figure that differs from another screen says
 * why): a past day's stored close, the counters now for a past day, or the live counters.
 */
export function basisNote(c: CoverageResponse): string {
  if (c.basis.source === 'snapshot')
    return `Angka per tutup hari ${formatDateLong(c.basis.date)} (snapshot harian).`;
  if (c.basis.source === 'counters')
    return `Angka sekarang, dihitung untuk wajib KTP per ${formatDateLong(c.basis.date)}: belum ada snapshot harian pada hari itu.`;
  return 'Angka langsung saat dokumen dibuat.';
}

/**
 * "Tanggal acuan: Rabu, 14 Februari 2024 (Pemilu 2024) · Dibuat 14/02/2024 09.30 WIB"; a simulated election
 * says so: "(Simulasi Pemilu 2029 — DEMO, bukan data resmi)".
 */
export function exportSubtitle(c: CoverageResponse, generatedAt: Date): string {
  const demo = c.election?.demo ? ' — DEMO, bukan data resmi' : '';
  const election = c.election ? ` (${c.election.name}${demo})` : '';
  return `Tanggal acuan: ${formatDateLong(c.referenceDate)}${election} · ${basisNote(c)} · Dibuat ${formatDateTime(generatedAt)} WIB`;
}

/** The drill-down table as the dashboard shows it, closed by the region's own figures as the total. */
export function coverageTable(c: CoverageResponse, generatedAt: Date): XlsxTable<Key> {
  return {
    title: `Cakupan Perekaman KTP-el — ${c.region.name} (${c.region.code})`,
    subtitle: exportSubtitle(c, generatedAt),
    sheetName: 'Cakupan',
    columns: COLUMNS,
    rows: c.children.map((child) => toRow(child)),
    // The region's own counters, not a sum of the rows: the two agree, and this way the file proves it.
    total: toRow(c.region, `Jumlah ${c.region.name}`),
  };
}

/** Filenames that sort by region and date: `cakupan-18.71-2024-02-14.xlsx`. */
export function exportFilename(kind: string, region: string, date: string, ext: 'xlsx' | 'pdf'): string {
  return `${kind}-${region}-${date}.${ext}`;
}
