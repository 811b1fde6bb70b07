import { ageOn, mustHoldId, type ResidentFacts } from './eligibility';
import { isRecorded, needsRerecording, type RecordingStatus } from './pipeline';

/** Where a jemput-bola team goes (issue 15). */
export const OUTREACH_SITE_KINDS = [
  'school',
  'pesantren',
  'village_office',
  'prison',
  'hospital',
  'care_home',
  'private_home',
] as const;
export type OutreachSiteKind = (typeof OUTREACH_SITE_KINDS)[number];

/** Sites whose targets come from a list the site hands over (students, inmates), not from the village. */
export const ROSTER_SITE_KINDS: readonly OutreachSiteKind[] = ['school', 'prison'];

/** What the team records for one person on site. */
export const OUTREACH_OUTCOMES = ['recorded', 'absent', 'refused', 'biometric_exception'] as const;
export type OutreachOutcome = (typeof OUTREACH_OUTCOMES)[number];

/**
 * What the server made of a field action: `applied` (stored; a recording went through the write path),
 * `conflict_already_recorded` (the resident was recorded elsewhere meanwhile: nothing written to the
 * resident), `not_in_registry` (a walk-in whose NIK the registry does not hold: kept for the office).
 */
export const OUTREACH_ACTION_RESULTS = ['applied', 'conflict_already_recorded', 'not_in_registry'] as const;
export type OutreachActionResult = (typeof OUTREACH_ACTION_RESULTS)[number];

/** Why a person is on a visit's target list. */
export const OUTREACH_TARGET_REASONS = [
  'not_recorded',
  'needs_rerecording',
  'first_time_voter',
  'roster',
] as const;
export type OutreachTargetReason = (typeof OUTREACH_TARGET_REASONS)[number];

/** Why a roster row matched nobody the visit can record. */
export const ROSTER_MISMATCHES = [
  'invalid_nik',
  'unknown_nik',
  'birth_date_mismatch',
  'outside_region',
] as const;
export type RosterMismatch = (typeof ROSTER_MISMATCHES)[number];

/** A visit pack holds at most this many targets: a phone keeps it in IndexedDB and searches it in memory. */
export const VISIT_PACK_CAP = 2000;

/**
 * The reason a resident of the site's village is a target on `today`, or null: wajib and not recorded
 * (exactly the counters' "belum rekam", re-recording included), or not wajib yet but 17 by voting day and
 * not recorded (a first-time voter the office can record ahead).
 */
export function villageTargetReason(
  facts: ResidentFacts,
  status: RecordingStatus,
  today: string,
  votingDay: string | null,
): OutreachTargetReason | null {
  if (isRecorded(status)) return null;
  if (mustHoldId(facts, today)) return needsRerecording(status) ? 'needs_rerecording' : 'not_recorded';
  if (votingDay && facts.citizenship === 'WNI' && mustHoldId(facts, votingDay)) return 'first_time_voter';
  return null;
}

/**
 * A matched roster row (a student, an inmate) is a target when not recorded and wajib by voting day (or
 * today when no election is ahead): a student of 16 who turns 17 before voting day is recorded now.
 */
export function rosterIsTarget(
  facts: ResidentFacts,
  status: RecordingStatus,
  today: string,
  votingDay: string | null,
): boolean {
  if (isRecorded(status)) return false;
  return mustHoldId(facts, today) || (votingDay !== null && mustHoldId(facts, votingDay));
}

/** Age on voting day, shown beside a student's name on the roster result. */
export function ageOnVotingDay(birthDate: string, votingDay: string | null, today: string): number {
  return ageOn(birthDate, votingDay ?? today);
}
