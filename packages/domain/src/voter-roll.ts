import type { LifeStatus } from './eligibility';
import type { Sex } from './nik';
import { isPrintReady, isRecorded, type PrintStatus, type RecordingStatus } from './pipeline';
import { isWithinScope } from './regions';

/**
 * The classes a voter-roll (DPT/DP4) row falls in when it is checked against the registry, in the order
 * they are decided: the first that applies wins. `missing_from_roll` is the reverse: a Sigap voter of the
 * election in the roll's region whose NIK the roll does not hold.
 */
export const VOTER_ROLL_CLASSES = [
  'duplicate_nik',
  'unknown_nik',
  'nik_mismatch',
  'deceased_certified',
  'deceased_uncertified',
  'outside_region',
  'printed',
  'prr_waiting',
  'recorded',
  'not_recorded',
  'missing_from_roll',
] as const;
export type VoterRollClass = (typeof VOTER_ROLL_CLASSES)[number];

/** Indonesian and English labels of each class. */
export const VOTER_ROLL_CLASS_LABELS: Record<VoterRollClass, { id: string; en: string }> = {
  duplicate_nik: { id: 'NIK ganda dalam daftar', en: 'Duplicate NIK in the roll' },
  unknown_nik: { id: 'NIK tidak dikenal', en: 'Unknown NIK' },
  nik_mismatch: { id: 'Data NIK tidak cocok', en: 'NIK data mismatch' },
  deceased_certified: { id: 'Meninggal (ada akta)', en: 'Deceased (certificate)' },
  deceased_uncertified: { id: 'Meninggal (tanpa akta)', en: 'Deceased (no certificate)' },
  outside_region: { id: 'Di luar wilayah', en: 'Outside the region' },
  printed: { id: 'Sudah cetak', en: 'Printed' },
  prr_waiting: { id: 'PRR menunggu cetak', en: 'PRR waiting for print' },
  recorded: { id: 'Sudah rekam', en: 'Recorded' },
  not_recorded: { id: 'Belum rekam', en: 'Not recorded' },
  missing_from_roll: { id: 'Pemilih Sigap tidak ada di DPT', en: 'Sigap voter missing from roll' },
};

/** What the registry holds for the roll row's NIK (null: no resident has it). */
export interface RollResidentFacts {
  birthDate: string;
  sex: Sex;
  lifeStatus: LifeStatus;
  /** A death certificate (akta kematian) number is on record for the death. */
  hasDeathCertificate: boolean;
  villageCode: string;
  recordingStatus: RecordingStatus;
  printStatus: PrintStatus;
}

export interface RollRowFacts {
  birthDate: string;
  sex: Sex;
  /** An earlier line of the same roll carries this NIK. */
  duplicate: boolean;
  resident: RollResidentFacts | null;
}

/**
 * The class of one roll row for a roll of `rollRegion`. Identity problems come first (the row cannot be
 * trusted to be the resident), then death (KPU strikes a dead voter only on a certificate, so the two are
 * apart), then residence (a resident who moved out, or lives outside the roll's region), then the e-KTP
 * stage. The server's set-based SQL (voter-rolls' classification) follows this order exactly; its tests
 * compare the two row by row.
 */
export function classifyRollRow(row: RollRowFacts, rollRegion: string): VoterRollClass {
  if (row.duplicate) return 'duplicate_nik';
  const r = row.resident;
  if (!r) return 'unknown_nik';
  if (r.birthDate !== row.birthDate || r.sex !== row.sex) return 'nik_mismatch';
  if (r.lifeStatus === 'DECEASED')
    return r.hasDeathCertificate ? 'deceased_certified' : 'deceased_uncertified';
  if (r.lifeStatus === 'MOVED_OUT' || !isWithinScope(rollRegion, r.villageCode)) return 'outside_region';
  if (r.printStatus !== 'NOT_PRINTED') return 'printed';
  if (isPrintReady(r.recordingStatus)) return 'prr_waiting';
  if (isRecorded(r.recordingStatus)) return 'recorded';
  return 'not_recorded';
}
