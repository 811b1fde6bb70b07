import {
  ancestorCodes,
  isEverMarried,
  isPrintReady,
  isRecorded,
  type MaritalStatus,
  NATIONAL_CODE,
  needsRerecording,
  type RecordingStatus,
} from '@sigap/domain';
import type { ResidentsTable } from '../../db/schema';

/** The counter classes of docs/counters.md. */
export type CitizenClass = 'WNI' | 'WNA_KITAP' | 'WNA_OTHER';
export type RecClass = 'UNRECORDED' | 'RECORDED' | 'PRR' | 'FAILED';
export type PrintClass = 'NONE' | 'PRINTED' | 'HANDED_OVER';

/** Where one resident sits in the counters, independent of region level. */
export interface CounterKey {
  villageCode: string;
  birthDate: string;
  /** Ever married (KAWIN, CERAI_HIDUP, CERAI_MATI): an adult in law whatever the age. */
  married: 0 | 1;
  exitDate: string;
  citizen: CitizenClass;
  rec: RecClass;
  prt: PrintClass;
  ikd: 0 | 1;
}

/** Exit date for a resident without one: gone on every date (the rule of `isPresentOn`). */
export const EXIT_ALWAYS = '0000-00-00';

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

export function recClassOf(status: RecordingStatus): RecClass {
  if (needsRerecording(status)) return 'FAILED';
  if (isPrintReady(status)) return 'PRR';
  return isRecorded(status) ? 'RECORDED' : 'UNRECORDED';
}

export function counterKeyOf(r: CounterFacts): CounterKey {
  return {
    villageCode: r.village_code,
    birthDate: r.birth_date,
    married: isEverMarried(r.marital_status as MaritalStatus) ? 1 : 0,
    exitDate: r.life_status === 'ALIVE' ? '' : (r.life_status_date ?? EXIT_ALWAYS),
    citizen: r.citizenship === 'WNI' ? 'WNI' : r.stay_permit === 'KITAP' ? 'WNA_KITAP' : 'WNA_OTHER',
    rec: recClassOf(r.recording_status as RecordingStatus),
    prt: r.print_status === 'HANDED_OVER' ? 'HANDED_OVER' : r.print_status === 'PRINTED' ? 'PRINTED' : 'NONE',
    ikd: r.ikd_activated_date ? 1 : 0,
  };
}

/**
 * The region levels a village's monthly counters roll up into: province, regency, district, village. The
 * national figure is the sum of the province rows, which saves a fifth of the upserts of every write.
 */
export function levelsOf(villageCode: string): string[] {
  return [...ancestorCodes(villageCode).filter((c) => c !== NATIONAL_CODE), villageCode];
}

/**
 * Summed changes to apply to the counters. Changes are summed per village-level key first and expanded to
 * the region levels only once per distinct key, so a batch of thousands of residents collapses into far
 * fewer counter upserts.
 */
export class CounterDeltas {
  private readonly byVillage = new Map<string, { key: CounterKey; n: number }>();

  add(key: CounterKey, delta: 1 | -1): void {
    const id = `${key.villageCode}|${key.birthDate}|${key.married}|${key.exitDate}|${key.citizen}|${key.rec}|${key.prt}|${key.ikd}`;
    const entry = this.byVillage.get(id);
    if (entry) entry.n += delta;
    else this.byVillage.set(id, { key, n: delta });
  }

  /** Moves one resident from its old key to its new key (no-op when the key did not change). */
  move(before: CounterKey | undefined, after: CounterKey | undefined): void {
    if (before && after && sameKey(before, after)) return;
    if (before) this.add(before, -1);
    if (after) this.add(after, 1);
  }

  /** Deltas per full row key of `resident_counts` (region|birth_month|…) and `resident_counts_day` (region|birth_date|…). */
  expand(): { month: Map<string, number>; day: Map<string, number> } {
    const month = new Map<string, number>();
    const day = new Map<string, number>();
    for (const { key, n } of this.byVillage.values()) {
      if (n === 0) continue;
      const tail = `${key.married}|${key.exitDate}|${key.citizen}|${key.rec}|${key.prt}|${key.ikd}`;
      const birthMonth = key.birthDate.slice(0, 7);
      for (const region of levelsOf(key.villageCode)) bump(month, `${region}|${birthMonth}|${tail}`, n);
      // Daily rows stay at village level: a query sums one month of them over the region's villages.
      bump(day, `${key.villageCode}|${key.birthDate}|${tail}`, n);
    }
    return { month, day };
  }
}

function bump(map: Map<string, number>, key: string, delta: number): void {
  const next = (map.get(key) ?? 0) + delta;
  if (next === 0) map.delete(key);
  else map.set(key, next);
}

function sameKey(a: CounterKey, b: CounterKey): boolean {
  return (
    a.villageCode === b.villageCode &&
    a.birthDate === b.birthDate &&
    a.married === b.married &&
    a.exitDate === b.exitDate &&
    a.citizen === b.citizen &&
    a.rec === b.rec &&
    a.prt === b.prt &&
    a.ikd === b.ikd
  );
}
