import {
  addDays,
  type Citizenship,
  type LifeStatus,
  type MaritalStatus,
  NATIONAL_CODE,
  type PrintStatus,
  type StayPermit,
  type SuketStatus,
  turns17On,
} from '@sigap/domain';

/** What a suket's figures depend on: its own row, its holder as stored now, its election's voting day. */
export interface SuketCountFacts {
  region_code: string;
  election_id: number;
  status: SuketStatus;
  valid_from: string;
  valid_until: string;
  ended_on: string | null;
  /** Null only for a suket whose holder or election row is missing: it then covers no one (an inner join). */
  holder: SuketHolderFacts | null;
  voting_date: string | null;
}

export interface SuketHolderFacts {
  birth_date: string;
  marital_status: MaritalStatus;
  citizenship: Citizenship;
  stay_permit: StayPermit | null;
  life_status: LifeStatus;
  life_status_date: string | null;
  print_status: PrintStatus;
}

/** The four figures a suket_counts row holds, as changes on its day. */
export interface SuketFigureDeltas {
  issued: number;
  active: number;
  superseded: number;
  covering: number;
}

/** One dated change of the figures of a village, for one election and "holder printed now" or not. */
export interface SuketCountEvent extends SuketFigureDeltas {
  village: string;
  electionId: number;
  printed: 0 | 1;
  day: string;
}

const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string, b: string) => (a < b ? a : b);

/**
 * The day the holder starts being wajib KTP by the counters' rule (a citizen or KITAP holder, ever married
 * or 17), or null when they never are; presence is the end of the interval, not its start.
 */
function wajibFrom(h: SuketHolderFacts): string | null {
  if (h.citizenship !== 'WNI' && h.stay_permit !== 'KITAP') return null;
  return h.marital_status !== 'BELUM_KAWIN' ? '' : turns17On(h.birth_date);
}

/**
 * A suket's figures as dated events, so that a figure on day D is the sum of the events dated D or before.
 * Each figure is an interval [start, end): `issued` from valid_from on; `active` until the earlier of the day
 * after valid_until and ended_on; `superseded` from ended_on (not before valid_from); `covering` from the
 * later of valid_from and the holder becoming wajib KTP, until the earliest of the active end, the holder's
 * exit (death or moving out: present only before that day) and the day after voting day. The same rules as
 * the scan they replace (test/helpers/suket-scan.ts), which the property test compares them with.
 */
export function suketCountEvents(f: SuketCountFacts): SuketCountEvent[] {
  const out: SuketCountEvent[] = [];
  const add = (day: string, printed: 0 | 1, d: Partial<SuketFigureDeltas>) =>
    out.push({
      village: f.region_code,
      electionId: f.election_id,
      printed,
      day,
      issued: d.issued ?? 0,
      active: d.active ?? 0,
      superseded: d.superseded ?? 0,
      covering: d.covering ?? 0,
    });
  add(f.valid_from, 0, { issued: 1 });
  const expiry = addDays(f.valid_until, 1);
  const activeEnd = f.ended_on === null ? expiry : earlier(expiry, f.ended_on);
  if (f.valid_from < activeEnd) {
    add(f.valid_from, 0, { active: 1 });
    add(activeEnd, 0, { active: -1 });
  }
  if (f.status === 'superseded' && f.ended_on !== null)
    add(later(f.valid_from, f.ended_on), 0, { superseded: 1 });
  const h = f.holder;
  const from = h ? wajibFrom(h) : null;
  if (!h || from === null || f.voting_date === null) return out;
  const exit = h.life_status === 'ALIVE' ? null : h.life_status_date;
  // A departed holder without a date is gone on every day (the scan's `life_status_date > D` is never true).
  if (h.life_status !== 'ALIVE' && exit === null) return out;
  const start = later(f.valid_from, from);
  let end = earlier(activeEnd, addDays(f.voting_date, 1));
  if (exit !== null) end = earlier(end, exit);
  if (start < end) {
    const printed = h.print_status === 'NOT_PRINTED' ? 0 : 1;
    add(start, printed, { covering: 1 });
    add(end, printed, { covering: -1 });
  }
  return out;
}

/** Region levels a village's events are counted at: the nation, province, regency, district, village. */
export function suketCountRegions(village: string): string[] {
  return [NATIONAL_CODE, village.slice(0, 2), village.slice(0, 5), village.slice(0, 8), village];
}
