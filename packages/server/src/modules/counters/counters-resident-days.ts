import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { COUNT_COLUMNS, type CountColumn, counterEntryOf } from './counter-key';
import { CHILD, inPart, partsOn } from './counter-parts';
import type { CounterGroup } from './counters.repository';
import { bornInMonths } from './resident-days.repository';

/** Villages per statement: one bound value per village and window stays far under either engine's limit. */
const VILLAGES_PER_READ = 1000;

/**
 * The day-by-day parts of villages on `date`, which have no daily counter rows (DAILY_LEVELS): their
 * residents born in the three boundary months, read through `residents (village_code, birth_date)` (one
 * seek per village and month), and placed by the same rules as the counters: `counterEntryOf` for the
 * bucket and counts, `inPart` for the class. A village of Lampung has about 3,500 residents, of whom about
 * 5 are born in any one month. This is the one read of residents behind a figure, bounded by three months
 * of births.
 */
export async function residentDayGroups(
  db: Kysely<Database>,
  villages: readonly string[],
  date: string,
): Promise<Map<string, CounterGroup[]>> {
  const { days, dayMonths } = partsOn(date);
  // Per village, the summed counts of each day part (by its index), as the counter rows would sum them.
  const sums = new Map<string, (number[] | undefined)[]>();
  for (let i = 0; i < villages.length; i += VILLAGES_PER_READ) {
    for (const r of await bornInMonths(db, villages.slice(i, i + VILLAGES_PER_READ), dayMonths)) {
      const { bucket, counts } = counterEntryOf(r);
      if (bucket.exitDate !== '' && bucket.exitDate <= date) continue;
      const ofVillage = sums.get(r.village_code) ?? [];
      sums.set(r.village_code, ofVillage);
      days.forEach((p, index) => {
        if (!inPart(p, r.birth_date, bucket.married)) return;
        const sum = ofVillage[index] ?? new Array<number>(COUNT_COLUMNS.length).fill(0);
        ofVillage[index] = sum;
        // A child's part counts the population only (counters.repository.ts, populationOnly).
        const width = p.cls === CHILD ? 1 : counts.length;
        for (let c = 0; c < width; c++) sum[c] = (sum[c] as number) + (counts[c] as number);
      });
    }
  }
  const out = new Map<string, CounterGroup[]>();
  for (const [village, ofVillage] of sums) {
    const groups: CounterGroup[] = [];
    ofVillage.forEach((sum, index) => {
      if (!sum) return;
      const { cls } = days[index] as (typeof days)[number];
      const named = {} as Record<CountColumn, number>;
      COUNT_COLUMNS.forEach((c, i) => {
        named[c] = sum[i] as number;
      });
      groups.push({ adult: cls.adult, young: cls.young, counts: named });
    });
    out.set(village, groups);
  }
  return out;
}
