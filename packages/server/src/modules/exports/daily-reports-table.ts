import {
  formatDateLong,
  formatDateTime,
  type ReportSource,
  type ReportStatus,
  renderReportFlag,
  storedReportFlags,
} from '@sigap/domain';
import type { DailyReportExportRow } from './exports.repository';
import type { TableColumn, TableRow, XlsxTable } from './xlsx-table';

const COLUMNS = [
  { header: 'Kabupaten/Kota', key: 'regency', type: 'text' },
  { header: 'Tanggal', key: 'date', type: 'date', width: 12 },
  { header: 'Sumber', key: 'source', type: 'text', width: 12 },
  { header: 'Rekam hari ini', key: 'recordedToday', type: 'integer' },
  { header: 'Kumulatif rekam', key: 'cumulativeRecorded', type: 'integer' },
  { header: 'Wajib KTP', key: 'mustHoldId', type: 'integer' },
  { header: 'PRR', key: 'printReadyWaiting', type: 'integer' },
  { header: 'Cetak', key: 'printed', type: 'integer' },
  { header: 'Blanko', key: 'blankoStock', type: 'integer' },
  { header: 'Suket', key: 'suketIssued', type: 'integer' },
  { header: 'Status', key: 'status', type: 'text', width: 14 },
  { header: 'Tanda', key: 'flags', type: 'text', width: 50 },
  // The regency's own words and the province's answer: the sheet is what the province files.
  { header: 'Catatan operator', key: 'notes', type: 'text', width: 40 },
  { header: 'Komentar provinsi', key: 'reviewComment', type: 'text', width: 30 },
] as const satisfies readonly TableColumn[];

type Key = (typeof COLUMNS)[number]['key'];

const SOURCES: Record<ReportSource, string> = { sigap: 'Data Sigap', manual: 'Input manual' };
const STATUSES: Record<ReportStatus, string> = {
  submitted: 'Dikirim',
  approved: 'Disetujui',
  returned: 'Dikembalikan',
};

/** Validation flags are stored as codes and parameters; the (Indonesian) sheet shows their Indonesian text. */
function flagText(json: string | null): string | null {
  const flags = storedReportFlags(json);
  return flags.length === 0 ? null : flags.map((f) => renderReportFlag(f)[0]).join('; ');
}

function toRow(r: DailyReportExportRow): TableRow<Key> {
  return {
    regency: `${r.regencyName} (${r.regencyCode})`,
    date: r.date,
    source: r.source ? (SOURCES[r.source] ?? r.source) : null,
    recordedToday: r.recordedToday,
    cumulativeRecorded: r.cumulativeRecorded,
    mustHoldId: r.mustHoldId,
    printReadyWaiting: r.printReadyWaiting,
    printed: r.printed,
    blankoStock: r.blankoStock,
    suketIssued: r.suketIssued,
    status: r.status ? (STATUSES[r.status] ?? r.status) : 'Belum melapor',
    flags: flagText(r.flags),
    notes: r.notes,
    reviewComment: r.reviewComment,
  };
}

/** The day's reports of every regency in the region, missing ones included as "Belum melapor". */
export function dailyReportsTable(
  regionName: string,
  date: string,
  rows: readonly DailyReportExportRow[],
  generatedAt: Date,
): XlsxTable<Key> {
  const reported = rows.filter((r) => r.status !== null).length;
  return {
    title: `Laporan Harian Perekaman KTP-el — ${regionName}`,
    subtitle: `Tanggal: ${formatDateLong(date)} · ${reported} dari ${rows.length} kabupaten/kota melapor · Dibuat ${formatDateTime(generatedAt)} WIB`,
    sheetName: 'Laporan harian',
    columns: COLUMNS,
    rows: rows.map((r) => toRow({ ...r, date: r.date ?? date })),
  };
}
