import { previousElectionDate } from '@sigap/domain';
import { DAILY_LEVELS } from './counter-key';

/**
 * The classes a resident falls in on a reference date, as ranges of the birth key (docs/counters.md). The
 * same part is read in two ways: as a range scan of a counter table (counters.repository.ts), and, for the
 * boundary days of a village, which has no daily rows, as a test of each resident born in those days
 * (counters-resident-days.ts). One definition serves both, so the two cannot drift apart.
 */

/** Not adult, adult, adult and of first-time-voter age. */
export const CHILD = { adult: 0, young: 0 } as const;
export const ADULT = { adult: 1, young: 0 } as const;
export const ADULT_YOUNG = { adult: 1, young: 1 } as const;
export type RowClass = typeof CHILD | typeof ADULT | typeof ADULT_YOUNG;

/** One class: the birth key in [from, to] or (after, before) (any end open when absent), and marriage. */
export interface BirthPart {
  cls: RowClass;
  from?: string;
  after?: string;
  to?: string;
  before?: string;
  married?: 0 | 1;
}

/** `date` minus 17 years as a comparable string: born on or before it means 17 by `date` (see ageOn). */
function seventeenCutoff(date: string): string {
  return `${String(Number(date.slice(0, 4)) - 17).padStart(4, '0')}${date.slice(4)}`;
}

/** The classes on `date`: by month outside the boundary months, by day inside them. */
export interface PartsOn {
  /** Read from the monthly rows. Married residents born in the cut month are adults by marriage. */
  months: BirthPart[];
  /**
   * Read day by day: the month of the first-time-voter cutoff (by age only), the never-married in the
   * month of the 17th-birthday cutoff, and the births in the month of `date`. A day key ends at `-31` of
   * its month: no date sorts after it within the month.
   */
  days: BirthPart[];
  /** The three boundary months (`YYYY-MM`) the day parts fall in. */
  dayMonths: string[];
}

export function partsOn(date: string): PartsOn {
  const cutoff = seventeenCutoff(date);
  const cutMonth = cutoff.slice(0, 7);
  const dateMonth = date.slice(0, 7);
  const youngCutoff = seventeenCutoff(previousElectionDate(date));
  const youngMonth = youngCutoff.slice(0, 7);
  return {
    months: [
      { cls: ADULT, before: youngMonth },
      { cls: ADULT_YOUNG, after: youngMonth, before: cutMonth },
      { cls: ADULT_YOUNG, from: cutMonth, before: dateMonth, married: 1 },
      { cls: CHILD, after: cutMonth, before: dateMonth, married: 0 },
    ],
    days: [
      { cls: ADULT, from: `${youngMonth}-01`, to: youngCutoff },
      { cls: ADULT_YOUNG, after: youngCutoff, to: `${youngMonth}-31` },
      { cls: ADULT_YOUNG, from: `${cutMonth}-01`, to: cutoff, married: 0 },
      { cls: CHILD, after: cutoff, to: `${cutMonth}-31`, married: 0 },
      { cls: ADULT_YOUNG, from: `${dateMonth}-01`, to: date, married: 1 },
      { cls: CHILD, from: `${dateMonth}-01`, to: date, married: 0 },
    ],
    dayMonths: [youngMonth, cutMonth, dateMonth],
  };
}

/** Whether a region has daily counter rows (every level but the village: DAILY_LEVELS). */
export function hasDailyRows(code: string): boolean {
  return code.split('.').length <= DAILY_LEVELS;
}

/** Whether a birth date and marriage fall in the part: the test its SQL form makes of a counter row. */
export function inPart(p: BirthPart, birth: string, married: 0 | 1): boolean {
  return (
    (p.from === undefined || birth >= p.from) &&
    (p.after === undefined || birth > p.after) &&
    (p.to === undefined || birth <= p.to) &&
    (p.before === undefined || birth < p.before) &&
    (p.married === undefined || married === p.married)
  );
}
