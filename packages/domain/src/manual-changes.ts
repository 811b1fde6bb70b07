import type { LifeStatus, MaritalStatus } from './eligibility';
import type { ResidentState } from './resident-state';
import type { Role } from './roles';

/**
 * Who may change which status of a resident by hand (the form, the API). Imports from SIAK, the system of
 * record, are not hand changes and are bound only by the state rules. Decided from who does the work in an
 * office (DESIGN.md "Who uses it"):
 * - a counter clerk or a field officer captures biometrics (→ BIO_CAPTURED), activates IKD and reports a
 *   death; the counter also hands cards over;
 * - the steps after capture (sent, received, PRR, failures) are the central server's and arrive by SIAK
 *   import; the regency operator may correct them by hand, as may print and marital status;
 * - a move out or back, and confirming a death, need the operator (a document decides them).
 */
export type ManualGroup = 'capture' | 'recording' | 'print' | 'handover' | 'ikd' | 'marital' | 'contact';

const MAY: Record<ManualGroup, readonly Role[]> = {
  capture: ['superadmin', 'operator_kabkota', 'petugas_loket', 'petugas_lapangan'],
  recording: ['superadmin', 'operator_kabkota'],
  print: ['superadmin', 'operator_kabkota'],
  handover: ['superadmin', 'operator_kabkota', 'petugas_loket'],
  ikd: ['superadmin', 'operator_kabkota', 'petugas_loket', 'petugas_lapangan'],
  marital: ['superadmin', 'operator_kabkota'],
  contact: ['superadmin', 'operator_kabkota', 'petugas_loket', 'petugas_lapangan'],
};

/** Roles that may move a resident out, or back to alive and living here, with a document. */
const LIFE_CORRECTORS: readonly Role[] = ['superadmin', 'operator_kabkota'];

export type ManualRefusalCode =
  | 'change_not_allowed_for_role'
  | 'resident_not_alive'
  | 'life_document_required'
  | 'life_reason_required'
  | 'death_needs_confirmation';

export interface ManualRefusal {
  code: ManualRefusalCode;
  field: string;
  params: string[];
}

/** What a hand change reads: the state plus the fields outside the state rules. */
export interface ManualState extends ResidentState {
  maritalStatus: MaritalStatus;
  phone: string | null;
  address: string;
}

/** The evidence a hand change of life status carries (a document number and a reason). */
export interface LifeEvidence {
  documentNo: string | null;
  reason: string | null;
}

export function roleMayChange(role: Role, group: ManualGroup): boolean {
  return MAY[group].includes(role);
}

/**
 * Why `role` may not turn `before` into `after` by hand; empty when it may. A death is never applied by
 * hand directly: it becomes a death report that a second officer confirms (`death_needs_confirmation`).
 */
export function manualChangeRefusals(
  role: Role,
  before: ManualState,
  after: ManualState,
  evidence: LifeEvidence,
): ManualRefusal[] {
  const out: ManualRefusal[] = [];
  const refuse = (field: string, code: ManualRefusalCode = 'change_not_allowed_for_role') =>
    out.push({ code, field, params: [] });
  const changed = (k: keyof ManualState) => before[k] !== after[k];

  const statusFields = [
    'recordingStatus',
    'recordingDate',
    'printStatus',
    'printedDate',
    'handedOverDate',
    'ikdActivatedDate',
  ] as const;
  if (before.lifeStatus !== 'ALIVE' && after.lifeStatus !== 'ALIVE') {
    for (const f of statusFields) if (changed(f)) refuse(f, 'resident_not_alive');
  }
  if (changed('recordingStatus') || changed('recordingDate')) {
    const capture = after.recordingStatus === 'BIO_CAPTURED' && before.recordingStatus !== 'BIO_CAPTURED';
    if (!roleMayChange(role, 'recording') && !(capture && roleMayChange(role, 'capture')))
      refuse(changed('recordingStatus') ? 'recordingStatus' : 'recordingDate');
  }
  if (changed('printStatus') || changed('printedDate') || changed('handedOverDate')) {
    const handoverOnly =
      before.printStatus === 'PRINTED' && after.printStatus === 'HANDED_OVER' && !changed('printedDate');
    if (!roleMayChange(role, 'print') && !(handoverOnly && roleMayChange(role, 'handover')))
      refuse(
        changed('printStatus') ? 'printStatus' : changed('printedDate') ? 'printedDate' : 'handedOverDate',
      );
  }
  if (changed('ikdActivatedDate') && !roleMayChange(role, 'ikd')) refuse('ikdActivatedDate');
  if (changed('maritalStatus') && !roleMayChange(role, 'marital')) refuse('maritalStatus');
  for (const f of ['phone', 'address'] as const) if (changed(f) && !roleMayChange(role, 'contact')) refuse(f);
  if (changed('lifeStatus') || changed('lifeStatusDate'))
    lifeRefusals(role, after.lifeStatus, evidence, refuse);
  return out;
}

function lifeRefusals(
  role: Role,
  to: LifeStatus,
  evidence: LifeEvidence,
  refuse: (field: string, code?: ManualRefusalCode) => void,
): void {
  if (to === 'DECEASED') {
    refuse('lifeStatus', 'death_needs_confirmation');
    return;
  }
  if (!LIFE_CORRECTORS.includes(role)) {
    refuse('lifeStatus');
    return;
  }
  if (!evidence.documentNo?.trim()) refuse('lifeStatusDocument', 'life_document_required');
  if (!evidence.reason?.trim()) refuse('lifeStatusReason', 'life_reason_required');
}
