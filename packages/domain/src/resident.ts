import type { Citizenship, LifeStatus, MaritalStatus, StayPermit } from './eligibility';
import type { Sex } from './nik';
import type { PrintStatus, RecordingStatus } from './pipeline';

/**
 * One resident as Sigap keeps it: what a SIAK extract row becomes after parsing, what the generator
 * produces, and what the one write path stores. Dates are calendar dates `YYYY-MM-DD`.
 */
export interface ResidentRecord {
  nik: string;
  noKk: string;
  fullName: string;
  sex: Sex;
  birthPlace: string;
  birthDate: string;
  maritalStatus: MaritalStatus;
  citizenship: Citizenship;
  stayPermit: StayPermit | null;
  religion: string | null;
  occupation: string | null;
  /** Dotted village code, e.g. `18.71.01.1001`. */
  villageCode: string;
  address: string;
  phone: string | null;
  lifeStatus: LifeStatus;
  /** Date of death or of moving out; null while alive. */
  lifeStatusDate: string | null;
  recordingStatus: RecordingStatus;
  recordingDate: string | null;
  recordingPlace: string | null;
  printStatus: PrintStatus;
  printedDate: string | null;
  handedOverDate: string | null;
  ikdActivatedDate: string | null;
}

/** A status update row of the daily SIAK extract: one resident's new recording status. */
export interface StatusUpdateRecord {
  nik: string;
  recordingStatus: RecordingStatus;
  recordingDate: string | null;
  recordingPlace: string | null;
}

/**
 * The default SIAK-style column set of a full resident extract, in file order. Required columns must be
 * present in the header; optional ones may be absent. KODE_DESA may be replaced by the split
 * NO_PROP/NO_KAB/NO_KEC/NO_KEL columns.
 */
export const SIAK_RESIDENT_COLUMNS = [
  { name: 'NIK', required: true },
  { name: 'NO_KK', required: true },
  { name: 'NAMA_LGKP', required: true },
  { name: 'JENIS_KLMIN', required: true },
  { name: 'TMPT_LHR', required: true },
  { name: 'TGL_LHR', required: true },
  { name: 'STAT_KWN', required: true },
  { name: 'KEWARGANEGARAAN', required: true },
  { name: 'IZIN_TINGGAL', required: false },
  { name: 'KODE_DESA', required: true },
  { name: 'ALAMAT', required: true },
  { name: 'AGAMA', required: false },
  { name: 'PEKERJAAN', required: false },
  { name: 'NO_HP', required: false },
  { name: 'STATUS_REKAM', required: true },
  { name: 'TGL_REKAM', required: false },
  { name: 'TEMPAT_REKAM', required: false },
  { name: 'STATUS_CETAK', required: false },
  { name: 'TGL_CETAK', required: false },
  { name: 'TGL_SERAH', required: false },
  { name: 'TGL_IKD', required: false },
  { name: 'TGL_MATI', required: false },
  { name: 'TGL_PINDAH', required: false },
] as const;

/** The column set of a status update extract. */
export const SIAK_STATUS_COLUMNS = [
  { name: 'NIK', required: true },
  { name: 'STATUS_REKAM', required: true },
  { name: 'TGL_REKAM', required: false },
  { name: 'TEMPAT_REKAM', required: false },
] as const;

export type SiakResidentColumn = (typeof SIAK_RESIDENT_COLUMNS)[number]['name'];
