/**
 * The coded fields of a SIAK row, read leniently where offices write them many ways (sex, marital status,
 * citizenship, stay permit, print status) and strictly where the code is SIAK's own (recording status).
 * Each parser answers undefined for a value it does not know; lookups are one or two Map hits per value.
 */
import {
  type Citizenship,
  type MaritalStatus,
  type PrintStatus,
  RECORDING_STATUSES,
  type RecordingStatus,
  type Sex,
  type StayPermit,
} from '@sigap/domain';

const NOT_KEY = /[^A-Z0-9]/g;

/** Upper case, letters and digits only: `Laki-laki` → `LAKILAKI`, `belum_kawin` → `BELUMKAWIN`. */
export function codeKey(raw: string): string {
  return raw.toUpperCase().replace(NOT_KEY, '');
}

/** A lookup keyed by `codeKey`, also holding the spellings as written so the common case skips the key. */
function lookup<T>(entries: Record<string, T>): (raw: string) => T | undefined {
  const map = new Map<string, T>();
  for (const [spelling, value] of Object.entries(entries)) {
    map.set(spelling, value);
    map.set(codeKey(spelling), value);
  }
  return (raw) => map.get(raw) ?? map.get(codeKey(raw));
}

/** L or P from LAKI-LAKI/PEREMPUAN, L/P, LK/PR, PRIA/WANITA or SIAK's codes 1/2. */
export const parseSex: (raw: string) => Sex | undefined = lookup<Sex>({
  'LAKI-LAKI': 'L',
  'LAKI LAKI': 'L',
  LAKI: 'L',
  L: 'L',
  LK: 'L',
  PRIA: 'L',
  '1': 'L',
  PEREMPUAN: 'P',
  P: 'P',
  PR: 'P',
  WANITA: 'P',
  W: 'P',
  '2': 'P',
});

/** Marital status from its SIAK label (spaces or underscores), abbreviation or SIAK code 1–4. */
export const parseMaritalStatus: (raw: string) => MaritalStatus | undefined = lookup<MaritalStatus>({
  'BELUM KAWIN': 'BELUM_KAWIN',
  BELUM_KAWIN: 'BELUM_KAWIN',
  B: 'BELUM_KAWIN',
  BK: 'BELUM_KAWIN',
  '1': 'BELUM_KAWIN',
  KAWIN: 'KAWIN',
  K: 'KAWIN',
  'KAWIN TERCATAT': 'KAWIN',
  'KAWIN BELUM TERCATAT': 'KAWIN',
  '2': 'KAWIN',
  'CERAI HIDUP': 'CERAI_HIDUP',
  CERAI_HIDUP: 'CERAI_HIDUP',
  CH: 'CERAI_HIDUP',
  '3': 'CERAI_HIDUP',
  'CERAI MATI': 'CERAI_MATI',
  CERAI_MATI: 'CERAI_MATI',
  CM: 'CERAI_MATI',
  '4': 'CERAI_MATI',
});

export const parseCitizenship: (raw: string) => Citizenship | undefined = lookup<Citizenship>({
  WNI: 'WNI',
  'WARGA NEGARA INDONESIA': 'WNI',
  WNA: 'WNA',
  'WARGA NEGARA ASING': 'WNA',
});

/** KITAP (permanent) from KITAP/ITAP, KITAS (limited) from KITAS/ITAS. */
export const parseStayPermit: (raw: string) => StayPermit | undefined = lookup<StayPermit>({
  KITAP: 'KITAP',
  ITAP: 'KITAP',
  KITAS: 'KITAS',
  ITAS: 'KITAS',
});

export const parsePrintStatus: (raw: string) => PrintStatus | undefined = lookup<PrintStatus>({
  NOT_PRINTED: 'NOT_PRINTED',
  'BELUM CETAK': 'NOT_PRINTED',
  PRINTED: 'PRINTED',
  'SUDAH CETAK': 'PRINTED',
  TERCETAK: 'PRINTED',
  HANDED_OVER: 'HANDED_OVER',
  'SUDAH DISERAHKAN': 'HANDED_OVER',
  DISERAHKAN: 'HANDED_OVER',
});

/** Rank of a print status along the card's life, for "the furthest along wins". */
export const PRINT_RANK: Record<PrintStatus, number> = { NOT_PRINTED: 0, PRINTED: 1, HANDED_OVER: 2 };

const RECORDING: ReadonlySet<string> = new Set(RECORDING_STATUSES);
/** `isRecordingStatus` with a set lookup: this runs once per imported row. */
const isKnownRecording = (v: string): v is RecordingStatus => RECORDING.has(v);

/** A SIAK recording status code exactly as SIAK writes it, only case and surrounding spaces forgiven. */
export function parseRecordingStatus(raw: string): RecordingStatus | undefined {
  if (isKnownRecording(raw)) return raw;
  const code = raw.trim().toUpperCase();
  return isKnownRecording(code) ? code : undefined;
}
