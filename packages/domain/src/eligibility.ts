/**
 * Who must hold an e-KTP (wajib KTP, UU 24/2013 art. 63) and who may vote, on a given calendar date. Every
 * rule takes the date explicitly: coverage "for the election" is measured against voting day, not today.
 */
import { addYears, compareIsoDates, requireIsoDate } from './dates';

export const MARITAL_STATUSES = ['BELUM_KAWIN', 'KAWIN', 'CERAI_HIDUP', 'CERAI_MATI'] as const;
export type MaritalStatus = (typeof MARITAL_STATUSES)[number];
export const CITIZENSHIPS = ['WNI', 'WNA'] as const;
export type Citizenship = (typeof CITIZENSHIPS)[number];
/** KITAP: permanent stay permit (izin tinggal tetap); KITAS: limited stay permit (izin tinggal terbatas). */
export const STAY_PERMITS = ['KITAP', 'KITAS'] as const;
export type StayPermit = (typeof STAY_PERMITS)[number];
export const LIFE_STATUSES = ['ALIVE', 'DECEASED', 'MOVED_OUT'] as const;
export type LifeStatus = (typeof LIFE_STATUSES)[number];

/** The facts about a resident that the eligibility rules read. */
export interface ResidentFacts {
  birthDate: string;
  maritalStatus: MaritalStatus;
  citizenship: Citizenship;
  stayPermit?: StayPermit | null;
  lifeStatus: LifeStatus;
  deathDate?: string | null;
  movedOutDate?: string | null;
}

/** The age at which an e-KTP becomes compulsory and a citizen may vote. */
export const ADULT_AGE = 17;
/** Years between general elections: the first-time-voter window when no previous election date is given. */
export const ELECTION_CYCLE_YEARS = 5;
/** A general election (pemilu: president, legislatures) or a regional head election (pilkada). */
export const ELECTION_KINDS = ['pemilu', 'pilkada'] as const;
export type ElectionKind = (typeof ELECTION_KINDS)[number];
/**
 * The earliest reference date Sigap answers coverage for: e-KTP recording began in 2011, so no election or
 * report before it can ask about e-KTP coverage. The counters rely on it (docs/counters.md).
 */
export const EARLIEST_REFERENCE_DATE = '2011-01-01';

/**
 * Age in whole years on `date` (on or after the birth date). Someone born 29 February turns a year older on
 * 1 March in a year without 29 February: the birthday has not happened while 28 February lasts. We found no
 * regulation that settles it; this is Sigap's rule (it is also how `turns17On` dates the 17th birthday), and
 * comparing month and day numbers gives it without a special case, because 28 Feb < 29 Feb < 1 Mar.
 */
export function ageOn(birthDate: string, date: string): number {
  const birth = requireIsoDate(birthDate, 'birthDate');
  const on = requireIsoDate(date, 'date');
  if (compareIsoDates(date, birthDate) < 0)
    throw new RangeError(`date ${date} is before birth date ${birthDate}`);
  const birthdayPassed = on.month > birth.month || (on.month === birth.month && on.day >= birth.day);
  return on.year - birth.year - (birthdayPassed ? 0 : 1);
}

/** The date someone born on `birthDate` turns 17 (1 March for a 29 February birth in a non-leap year). */
export function turns17On(birthDate: string): string {
  return addYears(birthDate, ADULT_AGE);
}

/** Married or ever married (KAWIN, CERAI_HIDUP, CERAI_MATI): marriage brings the duties of an adult early. */
export function isEverMarried(status: MaritalStatus): boolean {
  return status !== 'BELUM_KAWIN';
}

/**
 * Born, alive and living in the area on `date`. A death or move-out takes effect on its own date. A DECEASED
 * or MOVED_OUT resident without a date counts as gone on every date: we cannot show they were here, and
 * counting them would inflate the wajib KTP denominator with people no office can reach.
 */
export function isPresentOn(resident: ResidentFacts, date: string): boolean {
  if (compareIsoDates(resident.birthDate, date) > 0) return false;
  if (resident.lifeStatus === 'DECEASED')
    return !!resident.deathDate && compareIsoDates(resident.deathDate, date) > 0;
  if (resident.lifeStatus === 'MOVED_OUT') {
    return !!resident.movedOutDate && compareIsoDates(resident.movedOutDate, date) > 0;
  }
  return true;
}

function isAdultOrEverMarried(resident: ResidentFacts, date: string): boolean {
  return isEverMarried(resident.maritalStatus) || ageOn(resident.birthDate, date) >= ADULT_AGE;
}

/**
 * Wajib KTP on `date` (UU 24/2013 art. 63): present, a citizen or a foreigner with a permanent stay permit
 * (KITAP; a KITAS holder is not), and aged 17 or married / ever married.
 */
export function mustHoldId(resident: ResidentFacts, date: string): boolean {
  requireIsoDate(date, 'date');
  if (!isPresentOn(resident, date)) return false;
  const entitled = resident.citizenship === 'WNI' || resident.stayPermit === 'KITAP';
  return entitled && isAdultOrEverMarried(resident, date);
}

/**
 * A voter on `votingDate`: present, a citizen (WNI only) and aged 17 on voting day or married / ever married.
 * Exclusions the registry holds no facts for (TNI/Polri members, court rulings) are the KPU's, not ours.
 */
export function isVoter(resident: ResidentFacts, votingDate: string): boolean {
  requireIsoDate(votingDate, 'votingDate');
  if (resident.citizenship !== 'WNI' || !isPresentOn(resident, votingDate)) return false;
  return isAdultOrEverMarried(resident, votingDate);
}

/** The previous election assumed when none is given: one election cycle (five years) before voting day. */
export function previousElectionDate(votingDate: string): string {
  return addYears(votingDate, -ELECTION_CYCLE_YEARS);
}

/**
 * Pemilih pemula: a voter on `votingDate` who was not yet 17 on the previous election date or, without one,
 * five years (one election cycle) before voting day. Only age places the previous date: the registry keeps
 * the current marital status, not when a marriage happened, so someone married under 17 before the previous
 * election still counts as first-time here (a rare over-count we prefer to dropping every young spouse).
 */
export function isFirstTimeVoter(
  resident: ResidentFacts,
  votingDate: string,
  previousElection?: string,
): boolean {
  const previous = previousElection ?? previousElectionDate(votingDate);
  requireIsoDate(previous, 'previousElection');
  if (compareIsoDates(previous, votingDate) >= 0) {
    throw new RangeError(`previous election ${previous} must be before voting day ${votingDate}`);
  }
  if (!isVoter(resident, votingDate)) return false;
  const bornByPrevious = compareIsoDates(resident.birthDate, previous) <= 0;
  return !bornByPrevious || ageOn(resident.birthDate, previous) < ADULT_AGE;
}
