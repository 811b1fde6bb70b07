import {
  birthMonthOf,
  COUNT_COLUMNS,
  type CounterBucket,
  type CounterEntry,
  type CountVector,
  DAILY_LEVELS,
  FLOOR_BIRTH_DATE,
  levelsOf,
} from './counter-key';

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
   * Deltas per row of `resident_counts` (by birth month, at every region level) and `resident_counts_day`
   * (by birth date, above the floor only, at every level but the village: see DAILY_LEVELS), sorted by each
   * table's key so writes walk the b-trees in order.
   */
  expand(): { month: CounterRowDelta[]; day: CounterRowDelta[] } {
    const month: RowsByRegion = new Map();
    const day: RowsByRegion = new Map();
    for (const { bucket: b, counts } of this.byBucket.values()) {
      if (isZero(counts)) continue;
      const birthMonth = birthMonthOf(b.birthDate);
      const daily = b.birthDate > FLOOR_BIRTH_DATE;
      // The rest of the key is the same at every level: built once per bucket, not once per level.
      const monthRest = `${birthMonth}|${b.married}|${b.exitDate}`;
      const dayRest = daily ? `${b.birthDate}|${b.married}|${b.exitDate}` : '';
      const levels = levelsOf(b.villageCode);
      for (let level = 0; level < levels.length; level++) {
        const region = levels[level] as string;
        sumRow(month, region, monthRest, birthMonth, b, counts);
        if (daily && level < DAILY_LEVELS) sumRow(day, region, dayRest, b.birthDate, b, counts);
      }
    }
    return { month: sortedNonZero(month), day: sortedNonZero(day) };
  }
}

/** Rows by region, then by the rest of their key: region strings come from a cache, so no key is rebuilt. */
type RowsByRegion = Map<string, Map<string, CounterRowDelta>>;

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
  map: RowsByRegion,
  region: string,
  rest: string,
  birth: string,
  b: CounterBucket,
  counts: CountVector,
): void {
  let rows = map.get(region);
  if (!rows) {
    rows = new Map();
    map.set(region, rows);
  }
  const entry = rows.get(rest);
  if (!entry) {
    rows.set(rest, { region, birth, married: b.married, exitDate: b.exitDate, counts: counts.slice() });
    return;
  }
  const sum = entry.counts;
  for (let i = 0; i < sum.length; i++) sum[i] = (sum[i] as number) + (counts[i] as number);
}

/** The rows in key order (region, then birth, married and exit date), without those that sum to zero. */
function sortedNonZero(map: RowsByRegion): CounterRowDelta[] {
  // The default sort compares strings natively, several times faster than a comparator callback.
  const out: CounterRowDelta[] = [];
  for (const region of [...map.keys()].sort()) {
    const rows = map.get(region) as Map<string, CounterRowDelta>;
    for (const rest of [...rows.keys()].sort()) {
      const row = rows.get(rest) as CounterRowDelta;
      if (!isZero(row.counts)) out.push(row);
    }
  }
  return out;
}

function isZero(counts: CountVector): boolean {
  for (let i = 0; i < counts.length; i++) if (counts[i] !== 0) return false;
  return true;
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
