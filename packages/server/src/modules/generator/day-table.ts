/**
 * Calendar days as small integers for the generator's hot loop. A resident needs up to seven dates and the
 * NIK/NO_KK date fields; building each through `Date` and string formatting would dominate the run time, so
 * every day of the window is formatted once here and a date is an index into these tables. The conversions
 * are Howard Hinnant's `days_from_civil` / `civil_from_days` (proleptic Gregorian, pure integers).
 */
import { requireIsoDate } from '@sigap/domain';

/** Days since 1970-01-01 of a calendar date. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(z0: number): [number, number, number] {
  const z = z0 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [month <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, month, day];
}

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/** The generator never produces anyone older than this: a two-digit NIK year is then never a century off. */
export const MAX_AGE = 99;

/**
 * Every day from (reference − MAX_AGE − 1 years) to the reference date, indexed from 0. `index(y, m, d)`
 * converts, `iso[i]` formats; `ddmmyy` and `ddmmyyFemale` are the NIK / NO_KK date fields.
 */
export class DayTable {
  readonly ref: number;
  readonly base: number;
  readonly size: number;
  readonly iso: string[];
  readonly ddmmyy: string[];
  readonly ddmmyyFemale: string[];
  readonly year: Uint16Array;
  /** month * 32 + day, so "has the birthday passed" is one integer comparison. */
  readonly monthDay: Uint16Array;
  /** `yearsBack[a]`: index of the day `a` years before the reference (29 Feb → 1 Mar, as `addYears`). */
  readonly yearsBack: Int32Array;

  constructor(referenceDate: string) {
    const r = requireIsoDate(referenceDate, 'referenceDate');
    const first = r.year - MAX_AGE - 1;
    this.base = daysFromCivil(first, r.month, r.day);
    this.ref = daysFromCivil(r.year, r.month, r.day) - this.base;
    this.size = this.ref + 1;
    this.iso = new Array<string>(this.size);
    this.ddmmyy = new Array<string>(this.size);
    this.ddmmyyFemale = new Array<string>(this.size);
    this.year = new Uint16Array(this.size);
    this.monthDay = new Uint16Array(this.size);
    for (let i = 0; i < this.size; i++) {
      const [y, m, d] = civilFromDays(this.base + i);
      const mm = two(m);
      const yy = two(y % 100);
      this.iso[i] = `${y}-${mm}-${two(d)}`;
      this.ddmmyy[i] = `${two(d)}${mm}${yy}`;
      this.ddmmyyFemale[i] = `${d + 40}${mm}${yy}`;
      this.year[i] = y;
      this.monthDay[i] = m * 32 + d;
    }
    // days_from_civil carries 29 February of a common year over to 1 March, which is what addYears does.
    this.yearsBack = new Int32Array(MAX_AGE + 2);
    for (let a = 0; a <= MAX_AGE + 1; a++)
      this.yearsBack[a] = daysFromCivil(r.year - a, r.month, r.day) - this.base;
  }

  /** Index of a calendar date (may fall outside the table for dates before `base`). */
  index(year: number, month: number, day: number): number {
    return daysFromCivil(year, month, day) - this.base;
  }

  /** Index of the same month and day `years` after day `i` (29 Feb → 1 Mar, as `addYears`). */
  yearsAfter(i: number, years: number): number {
    const md = this.monthDay[i] as number;
    return daysFromCivil((this.year[i] as number) + years, md >> 5, md & 31) - this.base;
  }

  /** Whole years of age on day `on` for someone born on day `birth` (the rule of `ageOn`). */
  age(birth: number, on: number): number {
    const years = (this.year[on] as number) - (this.year[birth] as number);
    return (this.monthDay[on] as number) >= (this.monthDay[birth] as number) ? years : years - 1;
  }

  /** ISO date of an index, or null for a negative index (the generator's "no date"). */
  isoOrNull(i: number): string | null {
    return i < 0 ? null : (this.iso[i] as string);
  }
}
