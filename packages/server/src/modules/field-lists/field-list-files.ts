import type { FieldListItem, FieldListKind } from '@sigap/contracts';
import { formatDateLong, formatDateTime, formatNumber, STATUS_LABELS } from '@sigap/domain';
import {
  drawTable,
  type ExportFile,
  numberPages,
  PDF_TYPE,
  startListPdf,
  tableToXlsx,
  XLSX_TYPE,
} from '../exports';

export interface FieldListFileInput {
  region: { code: string; name: string; level: string };
  kind: FieldListKind;
  referenceDate: string;
  items: FieldListItem[];
  generatedAt: Date;
  generatedBy: string;
}

const TITLES: Record<FieldListKind, string> = {
  not_recorded: 'Daftar Warga Wajib KTP-el Belum Rekam',
  print_ready_waiting: 'Daftar Warga Siap Cetak (PRR) Belum Dicetak',
  needs_rerecording: 'Daftar Warga Perlu Rekam Ulang',
};

const LEVEL = { district: 'Kecamatan', village: 'Desa/Kelurahan' } as Record<string, string>;

function subtitle(f: FieldListFileInput): string {
  return (
    `${LEVEL[f.region.level] ?? ''} ${f.region.name} (${f.region.code}) · keadaan ${formatDateLong(f.referenceDate)}` +
    ` · ${formatNumber(f.items.length)} orang · dibuat ${formatDateTime(f.generatedAt)} oleh ${f.generatedBy}` +
    ' · NIK disamarkan; RAHASIA — data pribadi (UU PDP), hanya untuk kunjungan lapangan'
  );
}

function fileName(f: FieldListFileInput, ext: string): string {
  return `daftar-${f.kind.replaceAll('_', '-')}-${f.region.code}-${f.referenceDate}.${ext}`;
}

export async function renderFieldListXlsx(f: FieldListFileInput): Promise<ExportFile> {
  const body = await tableToXlsx({
    title: TITLES[f.kind],
    subtitle: subtitle(f),
    sheetName: 'Daftar warga',
    columns: [
      { header: 'No', key: 'no', type: 'integer', width: 6 },
      { header: 'Nama', key: 'name', type: 'text' },
      { header: 'NIK (disamarkan)', key: 'nik', type: 'text', width: 20 },
      { header: 'L/P', key: 'sex', type: 'text', width: 6 },
      { header: 'Umur', key: 'age', type: 'integer', width: 7 },
      { header: 'Alamat', key: 'address', type: 'text' },
      { header: 'RT/RW', key: 'rtRw', type: 'text', width: 10 },
      { header: 'Desa/Kelurahan', key: 'village', type: 'text' },
      { header: 'Telepon', key: 'phone', type: 'text', width: 16 },
      { header: 'Status perekaman', key: 'status', type: 'text' },
      { header: 'Hasil kunjungan', key: 'visit', type: 'text', width: 30 },
    ],
    rows: f.items.map((p, i) => ({
      no: i + 1,
      name: p.fullName,
      nik: p.nikMasked,
      sex: p.sex,
      age: p.age,
      address: p.address,
      rtRw: p.rtRw,
      village: p.villageName,
      phone: p.phone,
      status: STATUS_LABELS[p.recordingStatus].id,
      visit: null,
    })),
  });
  return { filename: fileName(f, 'xlsx'), contentType: XLSX_TYPE, body };
}

/** A printable A4 landscape list with an empty column for what the visit found. */
export async function renderFieldListPdf(f: FieldListFileInput, opts: { compress?: boolean } = {}) {
  const { doc, bytes, width } = startListPdf({
    title: TITLES[f.kind],
    docTitle: `${TITLES[f.kind]} — ${f.region.name}`,
    subtitle: subtitle(f),
    compress: opts.compress,
  });
  const columns = [
    { header: 'No', width: 26, align: 'right' as const },
    { header: 'Nama', width: 130 },
    { header: 'NIK', width: 88 },
    { header: 'L/P', width: 24 },
    { header: 'Umur', width: 30, align: 'right' as const },
    { header: 'Alamat', width: 170 },
    { header: 'RT/RW', width: 46 },
    { header: 'Desa/Kel.', width: 80 },
    { header: 'Telepon', width: 76 },
    { header: 'Hasil kunjungan', width: 100 },
  ];
  const rows = f.items.map((p, i) => [
    String(i + 1),
    p.fullName,
    p.nikMasked,
    p.sex,
    String(p.age),
    p.address,
    p.rtRw ?? '',
    p.villageName ?? '',
    p.phone ?? '',
    '',
  ]);
  if (rows.length === 0) doc.moveDown().fontSize(10).text('Tidak ada warga dalam daftar ini.', { width });
  else drawTable(doc, columns, rows, doc.y + 10);
  numberPages(doc, `Sigap · ${TITLES[f.kind]} · ${f.region.name}`);
  doc.end();
  const body = await bytes;
  return { filename: fileName(f, 'pdf'), contentType: PDF_TYPE, body } satisfies ExportFile;
}
