import type { Election, VoterRoll, VoterRollItem } from '@sigap/contracts';
import { maskNik, VOTER_ROLL_CLASSES, type VoterRollClass } from '@sigap/domain';
import { electionRef } from '../elections';
import { type ImportJobRow, toImportJob } from '../imports';
import type { VoterRollRow, VoterRollRowRow } from './voter-rolls.repository';

export function presentRoll(
  r: VoterRollRow,
  election: Election,
  job: ImportJobRow,
  regionName: string | null,
): VoterRoll {
  return {
    id: Number(r.id),
    name: r.demo ? `${r.name} (demo)` : r.name,
    regionCode: r.region_code,
    regionName,
    election: electionRef(election),
    demo: Number(r.demo) === 1,
    classifiedAt: r.classified_at,
    createdAt: r.created_at,
    job: toImportJob(job),
  };
}

/** One row of a set: the NIK masked, as in every list (field lists, print queue). */
export function presentRollItem(r: VoterRollRowRow): VoterRollItem {
  return {
    line: r.line === null ? null : Number(r.line),
    nikMasked: maskNik(r.nik),
    fullName: r.full_name,
    birthDate: r.birth_date,
    sex: r.sex,
    address: r.address,
    tps: r.tps,
    regionCode: r.region_code,
    class: r.class as VoterRollClass,
    residentId: r.resident_id === null ? null : Number(r.resident_id),
  };
}

/** Every class with its count (zero when absent), so a summary always has the same columns. */
export function fullCounts(counts: Map<string, number>): Record<VoterRollClass, number> {
  return Object.fromEntries(VOTER_ROLL_CLASSES.map((c) => [c, counts.get(c) ?? 0])) as Record<
    VoterRollClass,
    number
  >;
}
