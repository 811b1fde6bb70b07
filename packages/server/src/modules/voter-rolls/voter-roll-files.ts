import type { VoterRollItem } from '@sigap/contracts';
import {
  formatDateLong,
  formatDateTime,
  formatNumber,
  VOTER_ROLL_CLASS_LABELS,
  type VoterRollClass,
} from '@sigap/domain';
import {
  drawTable,
  type ExportFile,
  numberPages,
  PDF_TYPE,
  startListPdf,
  tableToXlsx,
  XLSX_TYPE,
} from '../exports';
import type { VoterRollRow } from './voter-rolls.repository';

interface FileBase {
  roll: VoterRollRow;
  region: { code: string; name: string };
  generatedAt: Date;
  generatedBy: string;
}

const demo = (roll: VoterRollRow) => (Number(roll.demo) === 1 ? ' (demo)' : '');

function subtitle(f: FileBase, count: number, secret: string): string {
  return (
    `${f.roll.name}${demo(f.roll)} · wilayah ${f.region.name} (${f.region.code}) · ${formatNumber(count)} baris` +
    ` · dibuat ${formatDateTime(f.generatedAt)} oleh ${f.generatedBy} · ${secret}`
  );
}

/** One set of a roll as XLSX: the NIK masked as on screen. */
export async function renderSetXlsx(f: FileBase & { cls: VoterRollClass; items: VoterRollItem[] }) {
  const body = await tableToXlsx({
    title: `Pencocokan DPT — ${VOTER_ROLL_CLASS_LABELS[f.cls].id}`,
    subtitle: subtitle(f, f.items.length, 'NIK disamarkan; RAHASIA — data pribadi (UU PDP)'),
    sheetName: 'Daftar',
    columns: [
      { header: 'No', key: 'no', type: 'integer', width: 6 },
      { header: 'Baris DPT', key: 'line', type: 'integer', width: 10 },
      { header: 'Nama', key: 'name', type: 'text' },
      { header: 'NIK (disamarkan)', key: 'nik', type: 'text', width: 20 },
      { header: 'Tgl lahir', key: 'birth', type: 'date', width: 12 },
      { header: 'L/P', key: 'sex', type: 'text', width: 6 },
      { header: 'Alamat', key: 'address', type: 'text' },
      { header: 'TPS', key: 'tps', type: 'text', width: 8 },
      { header: 'Kode wilayah', key: 'region', type: 'text', width: 16 },
    ],
    rows: f.items.map((p, i) => ({
      no: i + 1,
      line: p.line,
      name: p.fullName,
      nik: p.nikMasked,
      birth: p.birthDate,
      sex: p.sex,
      address: p.address,
      tps: p.tps,
      region: p.regionCode,
    })),
  });
  const name = `dpt-${f.roll.id}-${f.cls.replaceAll('_', '-')}-${f.region.code}.xlsx`;
  return { filename: name, contentType: XLSX_TYPE, body } satisfies ExportFile;
}

export interface EvidenceRow {
  line: number | null;
  nik: string;
  full_name: string;
  birth_date: string;
  sex: string;
  tps: string | null;
  region_code: string;
  document_no: string | null;
  event_date: string | null;
}

type EvidenceInput = FileBase & { rows: EvidenceRow[] };

const EVIDENCE_TITLE = 'Bukti Pemilih Meninggal Dunia (Akta Kematian) untuk KPU';
const EVIDENCE_NOTE = 'RAHASIA — hanya untuk KPU, dasar pencoretan pemilih meninggal';

export async function renderEvidenceXlsx(f: EvidenceInput): Promise<ExportFile> {
  const body = await tableToXlsx({
    title: EVIDENCE_TITLE,
    subtitle: subtitle(f, f.rows.length, EVIDENCE_NOTE),
    sheetName: 'Meninggal',
    columns: [
      { header: 'No', key: 'no', type: 'integer', width: 6 },
      { header: 'Baris DPT', key: 'line', type: 'integer', width: 10 },
      { header: 'NIK', key: 'nik', type: 'text', width: 20 },
      { header: 'Nama', key: 'name', type: 'text' },
      { header: 'Tgl lahir', key: 'birth', type: 'date', width: 12 },
      { header: 'L/P', key: 'sex', type: 'text', width: 6 },
      { header: 'TPS', key: 'tps', type: 'text', width: 8 },
      { header: 'No. akta kematian', key: 'doc', type: 'text', width: 24 },
      { header: 'Tgl meninggal', key: 'died', type: 'date', width: 14 },
    ],
    rows: f.rows.map((r, i) => ({
      no: i + 1,
      line: r.line,
      nik: r.nik,
      name: r.full_name,
      birth: r.birth_date,
      sex: r.sex,
      tps: r.tps,
      doc: r.document_no,
      died: r.event_date,
    })),
  });
  return { filename: `bukti-kpu-dpt-${f.roll.id}-${f.region.code}.xlsx`, contentType: XLSX_TYPE, body };
}

export async function renderEvidencePdf(f: EvidenceInput): Promise<ExportFile> {
  const { doc, bytes, width } = startListPdf({
    title: EVIDENCE_TITLE,
    docTitle: `${EVIDENCE_TITLE} — ${f.region.name}`,
    subtitle: subtitle(f, f.rows.length, EVIDENCE_NOTE),
  });
  const columns = [
    { header: 'No', width: 26, align: 'right' as const },
    { header: 'Baris', width: 40, align: 'right' as const },
    { header: 'NIK', width: 110 },
    { header: 'Nama', width: 170 },
    { header: 'Tgl lahir', width: 90 },
    { header: 'L/P', width: 26 },
    { header: 'TPS', width: 40 },
    { header: 'No. akta kematian', width: 140 },
    { header: 'Tgl meninggal', width: 90 },
  ];
  const rows = f.rows.map((r, i) => [
    String(i + 1),
    r.line === null ? '' : String(r.line),
    r.nik,
    r.full_name,
    formatDateLong(r.birth_date),
    r.sex,
    r.tps ?? '',
    r.document_no ?? '',
    r.event_date ? formatDateLong(r.event_date) : '',
  ]);
  if (rows.length === 0)
    doc.moveDown().fontSize(10).text('Tidak ada pemilih meninggal dengan akta.', { width });
  else drawTable(doc, columns, rows, doc.y + 10);
  numberPages(doc, `Sigap · ${EVIDENCE_TITLE} · ${f.region.name}`);
  doc.end();
  const body = await bytes;
  return { filename: `bukti-kpu-dpt-${f.roll.id}-${f.region.code}.pdf`, contentType: PDF_TYPE, body };
}
