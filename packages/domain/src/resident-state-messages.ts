/**
 * The bilingual words of every refusal the resident write path gives: the state rules (resident-state.ts)
 * and the hand-change rules (manual-changes.ts). Server, imports and the form all render from here, so a
 * clerk reads the same sentence beside the field as an import's error file carries for the row.
 */
import { formatDateShort } from './format';
import type { ManualRefusalCode } from './manual-changes';
import type { StateViolationCode } from './resident-state';

export type ResidentRefusalCode = StateViolationCode | ManualRefusalCode;
type Render = (p: readonly string[]) => [string, string];

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const d = (iso: string | undefined, en = false) =>
  iso && ISO.test(iso) ? formatDateShort(iso, en ? 'en' : 'id') : (iso ?? '?');
const both = (p: readonly string[], i: number): [string, string] => [d(p[i]), d(p[i], true)];

const MESSAGES: Record<ResidentRefusalCode, Render> = {
  print_requires_prr: () => [
    'Kartu hanya dapat dicetak untuk rekaman berstatus siap cetak (PRR).',
    'A card can be printed only for a print-ready record (PRR).',
  ],
  printed_date_required: () => ['Isi tanggal cetak.', 'Enter the print date.'],
  printed_date_without_print: () => [
    'Tanggal cetak hanya diisi bila kartu sudah dicetak.',
    'A print date is given only once the card is printed.',
  ],
  handover_date_required: () => ['Isi tanggal penyerahan.', 'Enter the handover date.'],
  handover_date_without_handover: () => [
    'Tanggal penyerahan hanya diisi bila kartu sudah diserahkan.',
    'A handover date is given only once the card is handed over.',
  ],
  recording_date_required: () => ['Isi tanggal perekaman.', 'Enter the recording date.'],
  recording_date_without_recording: () => [
    'Penduduk yang belum rekam tidak memiliki tanggal perekaman.',
    'A resident not yet recorded has no recording date.',
  ],
  ikd_requires_recording: () => [
    'Aktivasi IKD memerlukan penduduk yang sudah rekam (swafoto dicocokkan dengan biometrik).',
    'IKD activation needs a recorded resident (the selfie is matched to the biometrics).',
  ],
  life_date_required: () => [
    'Isi tanggal meninggal atau pindah.',
    'Enter the date of death or of moving out.',
  ],
  life_date_without_life_change: () => [
    'Penduduk yang masih hidup dan berdomisili tidak memiliki tanggal meninggal atau pindah.',
    'A resident alive and living here has no date of death or moving out.',
  ],
  date_in_future: (p) => {
    const [day, dayEn] = both(p, 0);
    const [today, todayEn] = both(p, 1);
    return [
      `Tanggal ${day} belum terjadi (hari ini ${today}).`,
      `The date ${dayEn} has not happened yet (today is ${todayEn}).`,
    ];
  },
  date_before_birth: (p) => {
    const [birth, birthEn] = both(p, 1);
    return [
      `Tanggal ini sebelum tanggal lahir (${birth}).`,
      `This date is before the birth date (${birthEn}).`,
    ];
  },
  printed_before_recording: (p) => {
    const [rec, recEn] = both(p, 1);
    return [
      `Tanggal cetak tidak boleh sebelum tanggal perekaman (${rec}).`,
      `The print date cannot be before the recording date (${recEn}).`,
    ];
  },
  handover_before_print: (p) => {
    const [printed, printedEn] = both(p, 1);
    return [
      `Tanggal penyerahan tidak boleh sebelum tanggal cetak (${printed}).`,
      `The handover date cannot be before the print date (${printedEn}).`,
    ];
  },
  ikd_before_recording: (p) => {
    const [rec, recEn] = both(p, 1);
    return [
      `Tanggal aktivasi IKD tidak boleh sebelum tanggal perekaman (${rec}).`,
      `The IKD activation date cannot be before the recording date (${recEn}).`,
    ];
  },
  change_not_allowed_for_role: () => [
    'Peran Anda tidak dapat mengubah isian ini secara manual.',
    'Your role cannot change this field by hand.',
  ],
  resident_not_alive: () => [
    'Status penduduk yang sudah meninggal atau pindah tidak dapat diubah.',
    'The statuses of a resident who has died or moved out cannot be changed.',
  ],
  life_document_required: () => [
    'Isi nomor dokumen sumber (akta kematian, surat keterangan kematian, atau SKPWNI).',
    'Enter the source document number (death certificate, death letter, or moving-out letter).',
  ],
  life_reason_required: () => [
    'Isi alasan atau keterangan perubahan ini.',
    'Enter the reason for this change.',
  ],
  death_needs_confirmation: () => [
    'Kematian yang dicatat manual menunggu konfirmasi petugas kedua; gunakan laporan kematian.',
    'A death entered by hand awaits a second officer’s confirmation; use a death report.',
  ],
};

/** The Indonesian and English text of a refusal. */
export function renderResidentRefusal(
  code: ResidentRefusalCode,
  params: readonly string[],
): [string, string] {
  return MESSAGES[code](params);
}

export const RESIDENT_REFUSAL_CODES = Object.keys(MESSAGES) as ResidentRefusalCode[];

export function isResidentRefusalCode(code: string): code is ResidentRefusalCode {
  return Object.hasOwn(MESSAGES, code);
}
