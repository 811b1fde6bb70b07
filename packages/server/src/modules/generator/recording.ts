/**
 * Where each resident stands in the e-KTP pipeline on the reference date, and when each step happened.
 * Shares come from `calibration.ts`; who stays unrecorded is skewed the way field reports describe: those
 * who just turned 17, the very old, remote villages and lagging regencies.
 */
import type { PrintStatus, RecordingStatus } from '@sigap/domain';
import {
  IKD_SHARE,
  IKD_START,
  MEAN_AGE_RISK,
  PIPELINE,
  type ProvinceCalibration,
  ROLLOUT,
} from './calibration';
import type { DayTable } from './day-table';
import { type Prng, weightedTable } from './prng';
import type { RegencyPlan, VillagePlan } from './village-plan';

/** Mutable result, reused for every resident; day fields are DayTable indices, -1 for none. */
export interface RecordingOutcome {
  status: RecordingStatus;
  recordingDay: number;
  place: string | null;
  printStatus: PrintStatus;
  printedDay: number;
  handedDay: number;
  ikdDay: number;
}

export function newOutcome(): RecordingOutcome {
  return {
    status: 'UNREGISTERED',
    recordingDay: -1,
    place: null,
    printStatus: 'NOT_PRINTED',
    printedDay: -1,
    handedDay: -1,
    ikdDay: -1,
  };
}

const FAILURES = weightedTable<RecordingStatus>([
  ['ENROLL_FAILURE_AT_REGIONAL', 0.3],
  ['ENROLL_FAILURE_AT_CENTRAL', 0.2],
  ['SEARCH_FAILURE_AT_CENTRAL', 0.25],
  ['DUPLICATE_RECORD', 0.25],
]);
const IN_PROCESS = weightedTable<RecordingStatus>([
  ['BIO_CAPTURED', 0.25],
  ['PROCESSING', 0.15],
  ['SENT_FOR_ENROLLMENT', 0.25],
  ['RECEIVED_AT_CENTRAL', 0.15],
  ['ADJUDICATE_RECORD', 0.12],
  ['REQUEST_VALIDATION', 0.08],
]);

/** Relative risk of never having been recorded, by age (index = age; married under-17s use 16). */
const AGE_RISK = Float64Array.from({ length: 100 }, (_, a) =>
  a <= 16 ? 10 : a === 17 ? 12 : a === 18 ? 3 : a <= 20 ? 1.5 : a < 60 ? 0.6 : a < 75 ? 1 : a < 85 ? 3 : 8,
);
const REMOTE_RISK = 2.5;
// Local copies: these are read for every resident, and a module namespace lookup is slower under loaders.
const { failureShare, inProcessShare, printedNotHandedShare, preRecordedAt16 } = PIPELINE;
const { shareDuringRollout } = ROLLOUT;

/** The age part of the unregistered risk (exported so the calibration test can re-measure its mean). */
export function ageRisk(age: number): number {
  return AGE_RISK[Math.min(age, 99)] as number;
}

/** Per-run constants: the day indices of the rollout and IKD, and the unregistered base rate. */
export class RecordingModel {
  private readonly rolloutStart: number;
  private readonly rolloutEnd: number;
  private readonly ikdStart: number;
  private readonly unregisteredBase: number;

  constructor(days: DayTable, calibration: ProvinceCalibration, plans: readonly RegencyPlan[]) {
    this.rolloutStart = days.index(ROLLOUT.start.year, ROLLOUT.start.month, ROLLOUT.start.day);
    this.rolloutEnd = days.index(ROLLOUT.end.year, ROLLOUT.end.month, ROLLOUT.end.day);
    this.ikdStart = days.index(IKD_START.year, IKD_START.month, IKD_START.day);
    const unregistered = Math.max(0, 1 - calibration.recordedShare - PIPELINE.failureShare);
    // The place part of the risk is known exactly from the plan (it varies with the seed); the age part is
    // a measured constant. Dividing by both keeps the province on target whatever the regency draw.
    let weighted = 0;
    let total = 0;
    for (const r of plans)
      for (const v of r.villages) {
        weighted += v.expected * r.lag * (v.remote ? REMOTE_RISK : 1);
        total += v.expected;
      }
    this.unregisteredBase = unregistered / (MEAN_AGE_RISK * (total > 0 ? weighted / total : 1));
  }

  /** The risk multiplier of one eligible resident. */
  private risk(age: number, regency: RegencyPlan, village: VillagePlan): number {
    return ageRisk(age) * regency.lag * (village.remote ? REMOTE_RISK : 1);
  }

  /**
   * Fills `out` for a resident born on day `birth`, present until day `until` (the reference date, or the
   * day they died or moved), who became obliged (17th birthday or marriage) on day `eligibleFrom`; -1 when
   * they never were by `until`, or are a foreigner without KITAP, who is not recorded at all.
   */
  assign(rng: Prng, out: RecordingOutcome, p: Person, regency: RegencyPlan, village: VillagePlan): void {
    out.status = 'UNREGISTERED';
    out.recordingDay = out.printedDay = out.handedDay = out.ikdDay = -1;
    out.place = null;
    out.printStatus = 'NOT_PRINTED';
    const { until, eligibleFrom } = p;
    const district = village.district;
    if (eligibleFrom < 0) {
      // Schools host pre-recording for 16-year-olds, so some are captured before they are obliged.
      if (p.age === 16 && rng.chance(preRecordedAt16)) {
        out.status = 'BIO_CAPTURED';
        out.recordingDay = Math.max(p.birth, until - rng.int(0, 300));
        out.place = district.outreachPlace;
      }
      return;
    }
    let u = rng.next();
    const unregistered = this.unregisteredBase * this.risk(p.age, regency, village);
    if (u < unregistered) return;
    u -= unregistered;
    const failure = failureShare * Math.sqrt(regency.lag);
    if (u < failure) {
      out.status = rng.weighted(FAILURES);
      out.recordingDay = recent(rng, p, 120);
    } else if (u < failure + inProcessShare) {
      out.status = rng.weighted(IN_PROCESS);
      out.recordingDay = recent(rng, p, 20);
    } else {
      out.status = 'PRINT_READY_RECORD';
      if (u < failure + inProcessShare + regency.prrBacklog) out.recordingDay = recent(rng, p, 200);
      else this.printed(rng, out, p, village.urban || regency.city, regency.city);
    }
    if (out.place === null) out.place = this.place(rng, out.recordingDay, regency, village);
  }

  private printed(rng: Prng, out: RecordingOutcome, p: Person, urban: boolean, city: boolean): void {
    const { until, eligibleFrom } = p;
    const start = Math.max(eligibleFrom, this.rolloutStart);
    let rec: number;
    if (start <= this.rolloutEnd && rng.chance(shareDuringRollout)) rec = rng.int(start, this.rolloutEnd);
    else if (eligibleFrom > this.rolloutEnd) {
      rec = eligibleFrom + Math.floor(rng.exponential(300));
      if (rng.chance(0.25)) rec = eligibleFrom - rng.int(1, 300);
      if (rec > until) rec = rng.int(eligibleFrom, until);
    } else rec = rng.int(Math.min(until, Math.max(start, this.rolloutEnd + 1)), until);
    rec = Math.max(Math.min(rec, until), p.birth);
    out.recordingDay = rec;
    // Rollout cards were printed centrally months later; since 2014 offices print within weeks.
    const delay = rec <= this.rolloutEnd ? rng.int(60, 540) : 1 + Math.floor(rng.exponential(25));
    const printed = Math.min(until, Math.max(rec + delay, eligibleFrom));
    out.printedDay = printed;
    out.printStatus = 'PRINTED';
    if (rng.chance(printedNotHandedShare)) return;
    out.printStatus = 'HANDED_OVER';
    out.handedDay = Math.min(until, printed + Math.floor(rng.exponential(7)));
    const share = city ? IKD_SHARE.city : urban ? IKD_SHARE.town : IKD_SHARE.rural;
    const ageFactor = p.age < 40 ? 1.4 : p.age < 60 ? 0.8 : 0.25;
    const from = Math.max(this.ikdStart, out.handedDay);
    if (from <= until && rng.chance(share * ageFactor)) out.ikdDay = rng.int(from, until);
  }

  private place(rng: Prng, day: number, regency: RegencyPlan, village: VillagePlan): string {
    if (day <= this.rolloutEnd) return village.district.recordingPlace;
    const r = rng.next();
    if (r < 0.6) return regency.officeName;
    return r < 0.85 ? village.district.recordingPlace : village.district.outreachPlace;
  }
}

/** A recent step: `mean` days back on average, never before the resident became obliged. */
function recent(rng: Prng, p: Person, mean: number): number {
  return Math.max(p.eligibleFrom, p.until - Math.floor(rng.exponential(mean)));
}

/** The facts about one resident the model reads (day indices in the DayTable). */
export interface Person {
  birth: number;
  age: number;
  until: number;
  eligibleFrom: number;
}
