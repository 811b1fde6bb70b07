/**
 * Shared inputs for the generator tests: the official village lists (read once per test file) and the
 * mapping from a generated record to the facts the domain's eligibility rules read.
 */
import type { ResidentFacts, ResidentRecord } from '@sigap/domain';
import { loadVillages } from '../../src/modules/generator/load-villages';
import { type GenerateOptions, generateResidents } from '../../src/modules/generator/population';
import type { Village } from '../../src/modules/generator/village-plan';

/** The day of the Lampung figures in figures.md (15 Nov 2024). */
export const REFERENCE_DATE = '2024-11-15';

const cache = new Map<string, Village[]>();

export function villagesOf(provinceCode: string): Village[] {
  let villages = cache.get(provinceCode);
  if (!villages) {
    villages = loadVillages(provinceCode);
    cache.set(provinceCode, villages);
  }
  return villages;
}

/** Options for a province at a scale, seed 1 unless given. */
export function optionsFor(provinceCode: string, scale: number, seed: number | string = 1): GenerateOptions {
  return { provinceCode, villages: villagesOf(provinceCode), scale, seed, referenceDate: REFERENCE_DATE };
}

/** The first `n` records of a run (the generator is lazy: the rest is never made). */
export function take(options: GenerateOptions, n: number): ResidentRecord[] {
  const out: ResidentRecord[] = [];
  for (const r of generateResidents(options)) {
    out.push(r);
    if (out.length >= n) break;
  }
  return out;
}

/** What `mustHoldId` / `isVoter` read: the record's one life-status date split by meaning. */
export function facts(r: ResidentRecord): ResidentFacts {
  return {
    birthDate: r.birthDate,
    maritalStatus: r.maritalStatus,
    citizenship: r.citizenship,
    stayPermit: r.stayPermit,
    lifeStatus: r.lifeStatus,
    deathDate: r.lifeStatus === 'DECEASED' ? r.lifeStatusDate : null,
    movedOutDate: r.lifeStatus === 'MOVED_OUT' ? r.lifeStatusDate : null,
  };
}
