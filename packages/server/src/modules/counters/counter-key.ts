import {
  ADULT_AGE,
  addYears,
  ancestorCodes,
  EARLIEST_REFERENCE_DATE,
  ELECTION_CYCLE_YEARS,
  isEverMarried,
  isPrintReady,
  isRecorded,
  NATIONAL_CODE,
  needsRerecording,
} from '@sigap/domain';
import type { ResidentsTable } from '../../db/schema';

/**
 * The count columns of a counter row (docs/counters.md). Each counts the residents of the row's bucket that
 * belong to a class; a figure on a date is a sum of one column over the buckets that qualify on that date.
 * `cit` = citizenship that makes a resident wajib KTP when of age (WNI, or a foreigner with KITAP).
 */
export const COUNT_COLUMNS = [
  'n',
  'n_wni',
  'n_wni_rec',
  'n_cit',
  'n_cit_rec',
  'n_cit_prr',
  'n_cit_printed',
  'n_cit_handed',
  'n_cit_failed',
  'n_cit_ikd',
] as const;
export type CountColumn = (typeof COUNT_COLUMNS)[number];
/** One number per COUNT_COLUMNS entry, in that order. */
export type CountVector = number[];

/** Where a resident sits in the counters: the date-dependent facts only, at village level. */
export interface CounterBucket {
  villageCode: string;
  /** The birth date, or FLOOR_BIRTH_DATE for everyone born before it. */
  birthDate: string;
  /** Ever married (KAWIN, CERAI_HIDUP, CERAI_MATI): an adult in law whatever the age. */
  married: 0 | 1;
  /** '' while present; the death or moving-out date; EXIT_ALWAYS when gone on every supported date. */
  exitDate: string;
}

export interface CounterEntry {
  bucket: CounterBucket;
  counts: CountVector;
}

/** Exit date of a resident gone on every supported reference date (the rule of `isPresentOn` without a date). */
export const EXIT_ALWAYS = '0000-00-00';

/**
 * Reference dates start at EARLIEST_REFERENCE_DATE, so the earliest boundary a query can ask about is the
 * 17th birthday before the previous election of that date. Everyone born before it is, on every supported
 * date, born, 17 or older, and past the first-time-voter age: their exact birth date never matters, so they
 * share one bucket and no daily rows. That is a third to a half of a real population.
 */
export const FLOOR_BIRTH_DATE = addYears(EARLIEST_REFERENCE_DATE, -(ADULT_AGE + ELECTION_CYCLE_YEARS));
/** The birth month of the floor bucket: sorts before every real month. */
export const FLOOR_MONTH = '0000-00';

/** The resident columns that place a resident in the counters: what a read for `counterEntryOf` selects. */
export const COUNTER_FACT_COLUMNS = [
  'village_code',
  'birth_date',
  'marital_status',
  'citizenship',
  'stay_permit',
  'life_status',
  'life_status_date',
  'recording_status',
  'print_status',
  'ikd_activated_date',
] as const satisfies readonly (keyof ResidentsTable)[];

export type CounterFacts = Pick<ResidentsTable, (typeof COUNTER_FACT_COLUMNS)[number]>;

/** Dates on or before the floor are all the floor: their exact value never matters to a supported date. */
function floored(birthDate: string): string {
  if (birthDate <= FLOOR_BIRTH_DATE) return FLOOR_BIRTH_DATE;
  return birthDate;
}

function exitDateOf(r: CounterFacts): string {
  if (r.life_status === 'ALIVE') return '';
  const date = r.life_status_date;
  return date && date >= EARLIEST_REFERENCE_DATE ? date : EXIT_ALWAYS;
}

/** The bucket and class counts (all 0 or 1) of one resident. */
export function counterEntryOf(r: CounterFacts): CounterEntry {
  const status = r.recording_status;
  const wni = r.citizenship === 'WNI' ? 1 : 0;
  const cit = wni === 1 || r.stay_permit === 'KITAP' ? 1 : 0;
  const rec = isRecorded(status) ? 1 : 0;
  const printed = r.print_status === 'PRINTED' || r.print_status === 'HANDED_OVER' ? 1 : 0;
  const prrWaiting = isPrintReady(status) && printed === 0 ? 1 : 0;
  return {
    bucket: {
      villageCode: r.village_code,
      birthDate: floored(r.birth_date),
      married: isEverMarried(r.marital_status) ? 1 : 0,
      exitDate: exitDateOf(r),
    },
    counts: [
      1,
      wni,
      wni & rec,
      cit,
      cit & rec,
      cit & prrWaiting,
      cit & printed,
      cit & (r.print_status === 'HANDED_OVER' ? 1 : 0),
      cit & (needsRerecording(status) ? 1 : 0),
      cit & (r.ikd_activated_date ? 1 : 0),
    ],
  };
}

/**
 * How many of a village's levels (province, regency, district, village) have daily rows: all but the
 * village. A village holds few residents per birth date, so its daily rows were nearly a row per resident
 * born after the floor, written by every import; its boundary days are read from its residents instead,
 * through `residents (village_code, birth_date)` (counters-resident-days.ts, docs/counters.md).
 */
export const DAILY_LEVELS = 3;

const levelCache = new Map<string, readonly string[]>();

/**
 * The region levels a village's counters roll up into: province, regency, district, village. The national
 * figure is the sum of the province rows, which saves a fifth of the upserts of every write. Memoised: a
 * batch asks for the same few villages thousands of times.
 */
export function levelsOf(villageCode: string): readonly string[] {
  let levels = levelCache.get(villageCode);
  if (!levels) {
    // A code cut from an import's text is a slice that keeps the whole text chunk alive; the cache keeps
    // a copy of its own so it holds 13 bytes per village, not a 64 KB chunk.
    const own = Buffer.from(villageCode, 'utf8').toString('utf8');
    levels = [...ancestorCodes(own).filter((c) => c !== NATIONAL_CODE), own];
    levelCache.set(own, levels);
  }
  return levels;
}

/** The monthly row a birth date falls in. */
export function birthMonthOf(birthDate: string): string {
  return birthDate <= FLOOR_BIRTH_DATE ? FLOOR_MONTH : birthDate.slice(0, 7);
}

/** The two counter tables and the column that places a row in time in each. */
export type CounterTable = 'resident_counts' | 'resident_counts_day';
export const BIRTH_COLUMN = { resident_counts: 'birth_month', resident_counts_day: 'birth_date' } as const;

/** A counter row's key and its `n` after an upsert: `n` = 0 means the bucket emptied and must go. */
export interface UpsertedCounterRow {
  region_code: string;
  birth: string;
  married: number;
  exit_date: string;
  n: number;
}

/** A counter entry flattened for a staging row (see stagedCounterKey). */
export interface StagedCounterKey {
  c_regions: string;
  c_month: string;
  c_day: string | null;
  c_married: number;
  c_exit: string;
  c_bits: number;
}

/**
 * A resident's counter entry as the flat key a set-based merge stages with the row (see MergeRow): the
 * region levels it rolls up into, its monthly and daily birth keys (no daily row for the floor), and its
 * counts as bits. The database then sums these per counter row: the rule itself stays here.
 */
export function stagedCounterKey(entry: CounterEntry): StagedCounterKey {
  const b = entry.bucket;
  let bits = 0;
  for (let i = 0; i < entry.counts.length; i++) if (entry.counts[i] === 1) bits |= 1 << i;
  return {
    c_regions: levelsOf(b.villageCode).join(','),
    c_month: birthMonthOf(b.birthDate),
    c_day: b.birthDate > FLOOR_BIRTH_DATE ? b.birthDate : null,
    c_married: b.married,
    c_exit: b.exitDate,
    c_bits: bits,
  };
}
