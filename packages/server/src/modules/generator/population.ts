/**
 * The synthetic population of one province: a stream of SIAK-style resident records, household by
 * household, village by village, in region-code order. A sync generator, so memory stays bounded (one
 * regency's serial counters and one household) however large the scale, and a consumer can stop anywhere.
 */
import type { ResidentRecord } from '@sigap/domain';
import { provinceCalibration } from './calibration';
import { DayTable } from './day-table';
import { Places } from './places';
import { Prng } from './prng';
import { RecordingModel } from './recording';
import { ResidentBuilder } from './residents';
import { RegencySerials } from './serials';
import { planVillages, type Village } from './village-plan';

export type { Village } from './village-plan';

export interface GenerateOptions {
  /** Two-digit province code, e.g. `18` (Lampung), `52` (NTB). */
  provinceCode: string;
  /** The province's villages; others in the list are ignored. */
  villages: readonly Village[];
  /** Fraction of the calibrated population to generate (1 = the real province size). */
  scale: number;
  seed: number | string;
  /** The day the extract describes (`YYYY-MM-DD`); all dates are on or before it. */
  referenceDate: string;
}

/** How many residents (alive and present) the options will produce, give or take one household. */
export function expectedPopulation(provinceCode: string, scale: number): number {
  return Math.round(provinceCalibration(provinceCode).population * scale);
}

function checkOptions(options: GenerateOptions): readonly Village[] {
  const { provinceCode, scale } = options;
  if (!/^\d{2}$/.test(provinceCode))
    throw new RangeError(`provinceCode must be two digits, got "${provinceCode}"`);
  if (!(scale > 0 && Number.isFinite(scale)))
    throw new RangeError(`scale must be a positive number, got ${scale}`);
  const villages = options.villages.filter((v) => v.code.startsWith(`${provinceCode}.`));
  if (villages.length === 0) throw new RangeError(`no villages of province ${provinceCode} were given`);
  const bad = villages.find((v) => !/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/.test(v.code));
  if (bad) throw new RangeError(`village code must be dotted PP.RR.SS.VVVV, got "${bad.code}"`);
  return villages;
}

/**
 * Generates residents for a province, deterministic for the same options. Each village's households are
 * drawn until the running total reaches the running expected total, so the province total is exact within
 * one household and no village's rounding error accumulates.
 */
export function* generateResidents(options: GenerateOptions): Generator<ResidentRecord, void, undefined> {
  const villages = checkOptions(options);
  const { provinceCode, scale, seed, referenceDate } = options;
  // The province is part of the seed so two provinces generated with one seed are not mirror images.
  const rng = new Prng(`${seed}:${provinceCode}`);
  const days = new DayTable(referenceDate);
  const calibration = provinceCalibration(provinceCode);
  const plans = planVillages(rng, villages, calibration.population * scale);
  const builder = new ResidentBuilder(
    rng,
    days,
    new RecordingModel(days, calibration, plans),
    new Places(provinceCode),
  );
  const batch: ResidentRecord[] = [];
  let present = 0;
  let target = 0;
  for (const regency of plans) {
    const serials = new RegencySerials(days, regency.districts.length);
    for (const village of regency.villages) {
      target += village.expected;
      while (present < target) {
        present += builder.household(regency, village, serials, batch);
        for (let i = 0; i < batch.length; i++) yield batch[i] as ResidentRecord;
      }
    }
  }
}
