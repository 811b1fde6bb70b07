/**
 * Turns the province's village list into the generator's plan: regencies and districts in code order (so
 * serial counters can be kept per regency and dropped after it), each village's share of the population,
 * and the per-regency variation dashboards should show (lagging regencies, PRR backlogs, remote villages).
 */

import { PIPELINE, REGENCY_LAG_SIGMA } from './calibration';
import { NAME_STYLES, type NameStyle } from './names';
import { type Prng, type WeightedTable, weightedTable } from './prng';
import { regencyStyleMix } from './regional';

/** One village as the caller supplies it (from the region table or the official CSVs). */
export interface Village {
  code: string;
  name: string;
  districtName: string;
  regencyName: string;
}

export interface RegencyPlan {
  code: string;
  /** Name without "Kabupaten"/"Kota", upper case: the usual TMPT_LHR. */
  placeName: string;
  city: boolean;
  officeName: string;
  /** Multiplier on the unregistered risk: above 1 the regency lags. */
  lag: number;
  /** PRR waiting for print, as a share of wajib. */
  prrBacklog: number;
  districts: DistrictPlan[];
  villages: VillagePlan[];
}

export interface DistrictPlan {
  code: string;
  /** The six digits that open a NIK or NO_KK issued here. */
  digits: string;
  /** Position within the regency, for the serial counters. */
  index: number;
  placeName: string;
  recordingPlace: string;
  outreachPlace: string;
}

export interface VillagePlan {
  code: string;
  name: string;
  district: DistrictPlan;
  urban: boolean;
  remote: boolean;
  styles: WeightedTable<NameStyle>;
  /** Expected residents (alive and present) of this village. */
  expected: number;
}

const upper = (s: string) => s.trim().toUpperCase();
const stripPrefix = (name: string) => upper(name.replace(/^(Kabupaten|Kota)\s+/i, ''));

/** Relative size of a village: city kelurahan are large, remote hamlet villages small, with spread. */
function villageWeight(rng: Prng, city: boolean, kelurahan: boolean, remote: boolean): number {
  const base = city ? 2.6 : kelurahan ? 1.6 : remote ? 0.7 : 1;
  return base * Math.exp(0.45 * rng.normal());
}

function styleTable(rng: Prng, regencyCode: string): WeightedTable<NameStyle> {
  const mix = regencyStyleMix(regencyCode);
  const styles = NAME_STYLES.filter((s) => (mix[s] ?? 0) > 0);
  // Transmigration settled whole villages from one place: each village leans to one group of its regency.
  const dominant = rng.weighted(weightedTable(styles.map((s) => [s, mix[s] ?? 0] as const)));
  return weightedTable(styles.map((s) => [s, 0.45 * (mix[s] ?? 0) + (s === dominant ? 0.55 : 0)] as const));
}

/** Plans the province: villages sorted by code and grouped, expected sizes summing to `population`. */
export function planVillages(rng: Prng, villages: readonly Village[], population: number): RegencyPlan[] {
  const sorted = [...villages].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const regencies = new Map<string, RegencyPlan>();
  const districts = new Map<string, DistrictPlan>();
  const weights: number[] = [];
  for (const v of sorted) {
    const regencyCode = v.code.slice(0, 5);
    let regency = regencies.get(regencyCode);
    if (!regency) {
      const city = Number(regencyCode.slice(3)) >= 71;
      const placeName = stripPrefix(v.regencyName);
      const lag = Math.exp(REGENCY_LAG_SIGMA * rng.normal() - REGENCY_LAG_SIGMA ** 2 / 2);
      const { prrBacklogMin: lo, prrBacklogMax: hi } = PIPELINE;
      const officeName = `DISDUKCAPIL ${city ? 'KOTA' : 'KAB.'} ${placeName}`;
      const prrBacklog = lo + (hi - lo) * rng.next();
      regency = {
        code: regencyCode,
        placeName,
        city,
        officeName,
        lag,
        prrBacklog,
        districts: [],
        villages: [],
      };
      regencies.set(regencyCode, regency);
    }
    const districtCode = v.code.slice(0, 8);
    let district = districts.get(districtCode);
    if (!district) {
      const placeName = upper(v.districtName);
      district = {
        code: districtCode,
        digits: districtCode.replaceAll('.', ''),
        index: regency.districts.length,
        placeName,
        recordingPlace: `KECAMATAN ${placeName}`,
        outreachPlace: `JEMPUT BOLA KEC. ${placeName}`,
      };
      districts.set(districtCode, district);
      regency.districts.push(district);
    }
    const kelurahan = v.code.charAt(9) === '1';
    const urban = regency.city || kelurahan;
    // Remote villages: some rural villages far from the office, more of them in lagging regencies.
    const remote = !urban && rng.chance(Math.min(0.4, 0.12 * regency.lag));
    weights.push(villageWeight(rng, regency.city, kelurahan, remote));
    const plan = { code: v.code, name: upper(v.name), district, urban, remote, expected: 0 };
    regency.villages.push({ ...plan, styles: styleTable(rng, regencyCode) });
  }
  const plans = [...regencies.values()];
  // Lag factors are drawn with mean 1, but a province has only ~10–15 regencies: re-centre them exactly.
  const meanLag = plans.reduce((s, r) => s + r.lag, 0) / Math.max(1, plans.length);
  for (const r of plans) r.lag /= meanLag;
  const total = weights.reduce((s, w) => s + w, 0);
  let i = 0;
  for (const r of plans)
    for (const v of r.villages) v.expected = ((weights[i++] as number) / total) * population;
  return plans;
}
