import {
  type LifeEvidence,
  type ManualState,
  manualChangeRefusals,
  newViolations,
  officeToday,
  type ResidentRefusalCode,
  type ResidentState,
  residentStateViolations,
} from '@sigap/domain';
import type { ResidentData } from './resident-row';
import type { WriteMeta } from './resident-write.types';

/** One reason a write is refused, naming the API field it belongs beside. */
export interface FieldRefusal {
  code: ResidentRefusalCode;
  field: string;
  params: string[];
}

const NO_EVIDENCE: LifeEvidence = { documentNo: null, reason: null };

export function stateOf(d: ResidentData): ManualState {
  return {
    birthDate: d.birth_date,
    recordingStatus: d.recording_status,
    recordingDate: d.recording_date,
    printStatus: d.print_status,
    printedDate: d.printed_date,
    handedOverDate: d.handed_over_date,
    ikdActivatedDate: d.ikd_activated_date,
    lifeStatus: d.life_status,
    lifeStatusDate: d.life_status_date,
    maritalStatus: d.marital_status,
    phone: d.phone,
    address: d.address,
  };
}

/**
 * Every reason the write path refuses to turn `current` (undefined for a new resident) into `after`,
 * whoever calls it. The state rules bind every source; a state already stored before the rules existed is
 * not held against an unrelated change (only violations the write would add are refused), so an office
 * can still fix a phone number on a legacy row while it cleans the row up. Hand changes also pass the role
 * table and carry evidence for a change of life status; a death by hand goes through a death report.
 */
export function writeRefusals(
  current: ResidentData | undefined,
  after: ResidentData,
  meta: WriteMeta,
  evidence: LifeEvidence | undefined,
  /** Today on the resident's province clock, when the caller has it already (a batch computes it once). */
  today: string = officeToday(after.village_code, meta.now),
): FieldRefusal[] {
  const next = stateOf(after);
  const violations = residentStateViolations(next, today);
  const refusals: FieldRefusal[] = current
    ? newViolations(residentStateViolations(stateOf(current) as ResidentState, today), violations)
    : violations;
  if (meta.source === 'manual' && current) {
    if (!meta.role) throw new Error('a hand change must name the role that makes it');
    refusals.push(...manualChangeRefusals(meta.role, stateOf(current), next, evidence ?? NO_EVIDENCE));
  }
  // The annulment of a death certificate is the one way back from deceased outside SIAK and hand changes:
  // its source may do nothing else, and names the annulled certificate (a programming error otherwise).
  if (meta.source === 'death_annulment') {
    const restores = current?.life_status === 'DECEASED' && after.life_status === 'ALIVE';
    if (!restores || !evidence?.documentNo?.trim()) {
      throw new Error("source 'death_annulment' only restores a deceased resident, naming the certificate");
    }
  }
  if (meta.source === 'death' && after.life_status === 'DECEASED' && !evidence?.documentNo?.trim()) {
    refusals.push({ code: 'life_document_required', field: 'lifeStatusDocument', params: [] });
  }
  return refusals;
}
