import {
  ADULT_AGE,
  addYears,
  ancestorCodes,
  EARLIEST_REFERENCE_DATE,
  ELECTION_CYCLE_YEARS,
  isEverMarried,
  isPrintReady,
  isRecorded,
  type MaritalStatus,
  NATIONAL_CODE,
  needsRerecording,
  type RecordingStatus,
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

export type CounterFacts = Pick<
  ResidentsTable,
  | 'village_code'
  | 'birth_date'
  | 'marital_status'
  | 'citizenship'
  | 'stay_permit'
  | 'life_status'
  | 'life_status_date'
  | 'recording_status'
  | 'print_status'
  | 'ikd_activated_date'
>;

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
  const status = r.recording_status as RecordingStatus;
  const wni = r.citizenship === 'WNI' ? 1 : 0;
  const cit = wni === 1 || r.stay_permit === 'KITAP' ? 1 : 0;
  const rec = isRecorded(status) ? 1 : 0;
  const printed = r.print_status === 'PRINTED' || r.print_status === 'HANDED_OVER' ? 1 : 0;
  const prrWaiting = isPrintReady(status) && printed === 0 ? 1 : 0;
  return {
    bucket: {
      villageCode: r.village_code,
      birthDate: floored(r.birth_date),
      married: isEverMarried(r.marital_status as MaritalStatus) ? 1 : 0,
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

/** A counter row key as column values, with its summed counts. */
export interface CounterRowDelta {
  region: string;
  /** Birth month (monthly rows) or birth date (daily rows). */
  birth: string;
  married: 0 | 1;
  exitDate: string;
  counts: CountVector;
}

/**
 * Summed changes to apply to the counters. Changes are summed per village-level bucket first and expanded to
 * the region levels only once per distinct bucket, so a batch of thousands of residents collapses into far
 * fewer counter upserts.
 */
export class CounterDeltas {
  private readonly byBucket = new Map<string, { bucket: CounterBucket; counts: CountVector }>();

  add(entry: CounterEntry, sign: 1 | -1): void {
    const b = entry.bucket;
    sumInto(
      this.byBucket,
      `${b.villageCode}|${b.birthDate}|${b.married}|${b.exitDate}`,
      b,
      entry.counts,
      sign,
    );
  }

  /** Moves one resident from its old entry to its new one (no-op when nothing counted changed). */
  move(before: CounterEntry | undefined, after: CounterEntry | undefined): void {
    if (before && after && sameEntry(before, after)) return;
    if (before) this.add(before, -1);
    if (after) this.add(after, 1);
  }

  /**
   * Deltas per row of `resident_counts` (by birth month) and `resident_counts_day` (by birth date, above the
   * floor only), both at every region level, sorted by each table's key so writes walk the b-trees in order.
   */
  expand(): { month: CounterRowDelta[]; day: CounterRowDelta[] } {
    const month = new Map<string, CounterRowDelta>();
    const day = new Map<string, CounterRowDelta>();
    for (const { bucket: b, counts } of this.byBucket.values()) {
      if (counts.every((c) => c === 0)) continue;
      const birthMonth = birthMonthOf(b.birthDate);
      const daily = b.birthDate > FLOOR_BIRTH_DATE;
      for (const region of levelsOf(b.villageCode)) {
        sumRow(month, region, birthMonth, b, counts);
        if (daily) sumRow(day, region, b.birthDate, b, counts);
      }
    }
    return { month: sortedNonZero(month), day: sortedNonZero(day) };
  }
}

function sumInto(
  map: Map<string, { bucket: CounterBucket; counts: CountVector }>,
  id: string,
  bucket: CounterBucket,
  counts: CountVector,
  sign: 1 | -1,
): void {
  let entry = map.get(id);
  if (!entry) {
    entry = { bucket, counts: new Array<number>(COUNT_COLUMNS.length).fill(0) };
    map.set(id, entry);
  }
  for (let i = 0; i < counts.length; i++)
    entry.counts[i] = (entry.counts[i] as number) + sign * (counts[i] as number);
}

/** Adds a bucket's counts to the row (region, birth, married, exit); allocates only for a new row. */
function sumRow(
  map: Map<string, CounterRowDelta>,
  region: string,
  birth: string,
  b: CounterBucket,
  counts: CountVector,
): void {
  const id = `${region}|${birth}|${b.married}|${b.exitDate}`;
  const entry = map.get(id);
  if (!entry) {
    map.set(id, { region, birth, married: b.married, exitDate: b.exitDate, counts: counts.slice() });
    return;
  }
  const sum = entry.counts;
  for (let i = 0; i < sum.length; i++) sum[i] = (sum[i] as number) + (counts[i] as number);
}

function sortedNonZero(map: Map<string, CounterRowDelta>): CounterRowDelta[] {
  return [...map]
    .filter(([, r]) => r.counts.some((c) => c !== 0))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, r]) => r);
}

function sameEntry(a: CounterEntry, b: CounterEntry): boolean {
  const x = a.bucket;
  const y = b.bucket;
  return (
    x.villageCode === y.villageCode &&
    x.birthDate === y.birthDate &&
    x.married === y.married &&
    x.exitDate === y.exitDate &&
    a.counts.every((c, i) => c === b.counts[i])
  );
}
