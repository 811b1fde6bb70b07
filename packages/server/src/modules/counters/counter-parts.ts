/**
 * The classes a resident falls in on a reference date, as ranges of the birth key (docs/counters.md). The
 * same part is read in two ways: as a range scan of a counter table (counters.repository.ts), and, for the
 * boundary days of a district or a village, which have no daily rows, as a test of each resident born in
 * those days (counters-resident-days.ts). One definition serves both, so the two cannot drift apart.
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

/**
 * The parts answered day by day: the month of the first-time-voter cutoff (by age only), the never-married
 * in the month of the 17th-birthday cutoff, and the births in the month of `date`. A day key ends at
 * `-31` of its month: no date sorts after it within the month.
 */
export function dayParts(date: string, cutoff: string, youngCutoff: string): BirthPart[] {
  const youngMonth = youngCutoff.slice(0, 7);
  const cutMonth = cutoff.slice(0, 7);
  const dateMonth = date.slice(0, 7);
  return [
    { cls: ADULT, from: `${youngMonth}-01`, to: youngCutoff },
    { cls: ADULT_YOUNG, after: youngCutoff, to: `${youngMonth}-31` },
    { cls: ADULT_YOUNG, from: `${cutMonth}-01`, to: cutoff, married: 0 },
    { cls: CHILD, after: cutoff, to: `${cutMonth}-31`, married: 0 },
    { cls: ADULT_YOUNG, from: `${dateMonth}-01`, to: date, married: 1 },
    { cls: CHILD, from: `${dateMonth}-01`, to: date, married: 0 },
  ];
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
