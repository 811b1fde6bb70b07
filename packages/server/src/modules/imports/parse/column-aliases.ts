/**
 * The SIAK columns an import fills (the targets) and the header names offices actually use for them.
 * Headers are compared by `headerKey`: case, spaces, underscores, dots and other punctuation do not count,
 * so `Tgl. Lahir`, `TGL_LAHIR` and `tgl lahir` are one name.
 */
import { type ImportKind, RESIDENT_TARGETS, type ResidentTarget } from '@sigap/contracts';
import { SIAK_RESIDENT_COLUMNS, SIAK_STATUS_COLUMNS } from '@sigap/domain';

// The targets are part of the API (the mapping a client sends names them), so they are defined in the contract.
export {
  type ImportKind,
  RESIDENT_TARGETS,
  type ResidentTarget,
  SPLIT_REGION_COLUMNS,
  type SplitRegionColumn,
} from '@sigap/contracts';

export type StatusTarget = (typeof SIAK_STATUS_COLUMNS)[number]['name'];

/** What the parser reads: the two SIAK kinds, and a voter-roll extract (modules/voter-rolls). */
export type ParseKind = ImportKind | 'voter_roll';

/** The columns of a voter-roll extract: the resident columns it shares, and the polling station. */
export const VOTER_ROLL_TARGETS = ['NIK', 'NAMA_LGKP', 'TGL_LHR', 'JENIS_KLMIN', 'ALAMAT', 'TPS'] as const;
export type VoterRollTarget = (typeof VOTER_ROLL_TARGETS)[number];

export type TargetOf<K extends ParseKind> = K extends 'residents'
  ? ResidentTarget
  : K extends 'status'
    ? StatusTarget
    : VoterRollTarget;

export const STATUS_TARGETS: readonly StatusTarget[] = SIAK_STATUS_COLUMNS.map((c) => c.name);

/** Required targets per kind; KODE_DESA may be met by the four split region columns instead. */
export const REQUIRED_TARGETS: {
  residents: readonly ResidentTarget[];
  status: readonly StatusTarget[];
  voter_roll: readonly VoterRollTarget[];
} = {
  residents: SIAK_RESIDENT_COLUMNS.filter((c) => c.required).map((c) => c.name),
  status: SIAK_STATUS_COLUMNS.filter((c) => c.required).map((c) => c.name),
  voter_roll: ['NIK', 'NAMA_LGKP', 'TGL_LHR', 'JENIS_KLMIN'],
};

/** Names of the polling-station column in KPU extracts. */
export const TPS_ALIASES = ['NO_TPS', 'NOMOR_TPS', 'KODE_TPS', 'TPS_NO'];

/** Other names for each target, best first (the target's own name always matches first). */
export const COLUMN_ALIASES: Record<ResidentTarget, readonly string[]> = {
  NIK: ['NO_NIK', 'NOMOR_NIK', 'NOMOR_INDUK_KEPENDUDUKAN'],
  NO_KK: ['NOMOR_KK', 'NO_KARTU_KELUARGA', 'NOMOR_KARTU_KELUARGA', 'KK'],
  NAMA_LGKP: ['NAMA_LENGKAP', 'NAMA', 'NAMA_PENDUDUK'],
  JENIS_KLMIN: ['JENIS_KELAMIN', 'JK', 'KELAMIN', 'L/P', 'SEX'],
  TMPT_LHR: ['TEMPAT_LAHIR', 'TMP_LAHIR', 'TMPT_LAHIR', 'TEMPAT_LHR'],
  TGL_LHR: ['TANGGAL_LAHIR', 'TGL_LAHIR', 'TANGGAL_LHR'],
  STAT_KWN: ['STATUS_KAWIN', 'STATUS_PERKAWINAN', 'STAT_KAWIN', 'STS_KAWIN', 'PERKAWINAN'],
  KEWARGANEGARAAN: ['KWN', 'WARGA_NEGARA', 'WN'],
  IZIN_TINGGAL: ['IJIN_TINGGAL', 'JENIS_IZIN_TINGGAL', 'KITAS_KITAP', 'ITAS_ITAP'],
  KODE_DESA: ['KODE_KELURAHAN', 'KODE_DESA_KELURAHAN', 'KODE_DESA_KEL', 'KD_DESA', 'KODE_WILAYAH'],
  ALAMAT: ['ALAMAT_LENGKAP', 'ALAMAT_RUMAH'],
  AGAMA: ['AGAMA_KEPERCAYAAN'],
  PEKERJAAN: ['JENIS_PEKERJAAN', 'PEKERJAAN_UTAMA'],
  NO_HP: ['NOMOR_HP', 'NO_TELP', 'NO_TELEPON', 'TELEPON', 'HP', 'NO_WA'],
  STATUS_REKAM: ['STATUS_PEREKAMAN', 'STAT_REKAM', 'STATUS_KTP_EL', 'STATUS_EKTP'],
  TGL_REKAM: ['TANGGAL_REKAM', 'TGL_PEREKAMAN', 'TANGGAL_PEREKAMAN'],
  TEMPAT_REKAM: ['TMPT_REKAM', 'LOKASI_REKAM', 'TEMPAT_PEREKAMAN', 'LOKASI_PEREKAMAN'],
  STATUS_CETAK: ['STAT_CETAK', 'STATUS_PENCETAKAN'],
  TGL_CETAK: ['TANGGAL_CETAK', 'TGL_PENCETAKAN', 'TANGGAL_PENCETAKAN'],
  TGL_SERAH: ['TANGGAL_SERAH', 'TGL_PENYERAHAN', 'TANGGAL_PENYERAHAN'],
  TGL_IKD: ['TANGGAL_IKD', 'TGL_AKTIVASI_IKD', 'TANGGAL_AKTIVASI_IKD'],
  TGL_MATI: ['TANGGAL_MATI', 'TGL_KEMATIAN', 'TANGGAL_KEMATIAN', 'TGL_MENINGGAL'],
  TGL_PINDAH: ['TANGGAL_PINDAH', 'TGL_PINDAH_KELUAR'],
  NO_PROP: ['NO_PROV', 'NO_PROVINSI', 'KODE_PROP', 'KODE_PROV', 'KODE_PROVINSI'],
  NO_KAB: ['NO_KABUPATEN', 'NO_KABKOT', 'KODE_KAB', 'KODE_KABUPATEN', 'KODE_KABKOT'],
  NO_KEC: ['NO_KECAMATAN', 'KODE_KEC', 'KODE_KECAMATAN'],
  NO_KEL: ['NO_KELURAHAN', 'NO_DESA', 'KODE_KEL'],
};

const NOT_KEY = /[^A-Z0-9]/g;

/** The comparison key of a header: upper case, letters and digits only (`Tgl. Lahir` → `TGLLAHIR`). */
export function headerKey(header: string): string {
  return header.toUpperCase().replace(NOT_KEY, '');
}

/** Header key → the target it names and its rank among that target's names (0: the target's own). */
export const TARGET_BY_KEY: ReadonlyMap<string, { target: ResidentTarget | 'TPS'; rank: number }> = new Map<
  string,
  { target: ResidentTarget | 'TPS'; rank: number }
>([
  ...RESIDENT_TARGETS.flatMap((target) =>
    [target, ...COLUMN_ALIASES[target]].map((name, rank) => [headerKey(name), { target, rank }] as const),
  ),
  ...['TPS' as const, ...TPS_ALIASES].map(
    (name, rank) => [headerKey(name), { target: 'TPS' as const, rank }] as const,
  ),
]);
