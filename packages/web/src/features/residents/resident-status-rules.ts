import type { DeathReportBody, ResidentDetail } from '@sigap/contracts';
import {
  isForwardOrRerecord,
  LIFE_STATUSES,
  type LifeStatus,
  type ManualState,
  manualChangeRefusals,
  newViolations,
  PRINT_STATUSES,
  type PrintStatus,
  RECORDING_STATUSES,
  type RecordingStatus,
  type ResidentRefusalCode,
  type Role,
  residentStateViolations,
  roleMay,
  roleMayChange,
} from '@sigap/domain';
import type { StatusValues } from './resident-status.schema';
import type { ResidentStatusChanges } from './residents.api';

/**
 * The registry rules of @sigap/domain applied to the status form, so a clerk sees a refusal beside the field
 * while typing instead of after a round trip: the state rules (resident-state.ts), the hand-change table
 * (manual-changes.ts), and a death by hand becoming a death report. The server checks the same again.
 */
export interface FormRefusal {
  code: ResidentRefusalCode;
  params: string[];
}

const orNull = (v: string): string | null => (v.trim() === '' ? null : v.trim());

export function valuesOf(r: ResidentDetail): StatusValues {
  return {
    recordingStatus: r.recordingStatus,
    recordingDate: r.recordingDate ?? '',
    recordingPlace: r.recordingPlace ?? '',
    printStatus: r.printStatus,
    printedDate: r.printedDate ?? '',
    handedOverDate: r.handedOverDate ?? '',
    ikdActivatedDate: r.ikdActivatedDate ?? '',
    lifeStatus: r.lifeStatus,
    lifeStatusDate: r.lifeStatusDate ?? '',
    lifeStatusDocument: '',
    lifeStatusReason: '',
  };
}

function stateOf(r: ResidentDetail, v: StatusValues): ManualState {
  return {
    birthDate: r.birthDate,
    recordingStatus: v.recordingStatus,
    recordingDate: orNull(v.recordingDate),
    printStatus: v.printStatus,
    printedDate: orNull(v.printedDate),
    handedOverDate: orNull(v.handedOverDate),
    ikdActivatedDate: orNull(v.ikdActivatedDate),
    lifeStatus: v.lifeStatus,
    lifeStatusDate: orNull(v.lifeStatusDate),
    maritalStatus: r.maritalStatus,
    phone: r.phone,
    address: r.address,
  };
}

/** A death chosen by hand is sent as a death report that a second officer confirms, never as a change. */
export function isDeathReport(r: ResidentDetail, v: StatusValues): boolean {
  return v.lifeStatus === 'DECEASED' && r.lifeStatus !== 'DECEASED';
}

/** A move out or back (or its date corrected) carries a source document and a reason. */
export function needsLifeEvidence(r: ResidentDetail, v: StatusValues): boolean {
  const changed = v.lifeStatus !== r.lifeStatus || orNull(v.lifeStatusDate) !== r.lifeStatusDate;
  return changed && v.lifeStatus !== 'DECEASED';
}

/**
 * What the server would refuse, first one per form field: state violations the change would add (a legacy
 * row's old ones are not held against it, as on the server), the role's hand-change limits and the evidence
 * a change of life status or a death report needs.
 */
export function formRefusals(
  r: ResidentDetail,
  v: StatusValues,
  role: Role,
  today: string,
): Partial<Record<keyof StatusValues, FormRefusal>> {
  const out: Partial<Record<keyof StatusValues, FormRefusal>> = {};
  const put = (field: string, code: ResidentRefusalCode, params: string[] = []) => {
    out[field as keyof StatusValues] ??= { code, params };
  };
  const stored = valuesOf(r);
  const before = stateOf(r, stored);
  const after = stateOf(r, v);
  const added = newViolations(residentStateViolations(before, today), residentStateViolations(after, today));
  for (const x of added) put(x.field, x.code, x.params);
  const report = isDeathReport(r, v);
  // The report leaves the life status as it is; only the other changes are hand changes.
  const handAfter = report ? { ...after, lifeStatus: r.lifeStatus, lifeStatusDate: r.lifeStatusDate } : after;
  const evidence = { documentNo: orNull(v.lifeStatusDocument), reason: orNull(v.lifeStatusReason) };
  for (const x of manualChangeRefusals(role, before, handAfter, evidence)) put(x.field, x.code, x.params);
  if (report) {
    if (!evidence.documentNo) put('lifeStatusDocument', 'life_document_required');
    if (!evidence.reason) put('lifeStatusReason', 'life_reason_required');
  }
  return out;
}

/** Only what differs is sent: the history and the audit trail then say exactly what the user changed. */
export function statusChanges(r: ResidentDetail, v: StatusValues): ResidentStatusChanges {
  const before = valuesOf(r);
  const report = isDeathReport(r, v);
  const evidence = needsLifeEvidence(r, v);
  const changes: Record<string, string | null> = {};
  for (const key of Object.keys(v) as (keyof StatusValues)[]) {
    if (report && (key === 'lifeStatus' || key === 'lifeStatusDate')) continue;
    if (!evidence && (key === 'lifeStatusDocument' || key === 'lifeStatusReason')) continue;
    if (report && (key === 'lifeStatusDocument' || key === 'lifeStatusReason')) continue;
    const value = v[key].trim();
    if (value !== before[key]) changes[key] = value === '' ? null : value;
  }
  return changes as ResidentStatusChanges;
}

export function deathReportBody(v: StatusValues): DeathReportBody {
  return {
    dateOfDeath: v.lifeStatusDate,
    documentNo: v.lifeStatusDocument.trim(),
    reason: v.lifeStatusReason.trim(),
  };
}

/** Recording statuses the role may pick: all for an operator; a capture (→ BIO_CAPTURED) for a clerk. */
export function recordingChoices(r: ResidentDetail, role: Role): RecordingStatus[] {
  if (roleMayChange(role, 'recording')) return [...RECORDING_STATUSES];
  const capture =
    roleMayChange(role, 'capture') &&
    r.recordingStatus !== 'BIO_CAPTURED' &&
    isForwardOrRerecord(r.recordingStatus, 'BIO_CAPTURED');
  return capture ? [r.recordingStatus, 'BIO_CAPTURED'] : [r.recordingStatus];
}

/** Print statuses the role may pick: all for an operator; handing a printed card over at the counter. */
export function printChoices(r: ResidentDetail, role: Role): PrintStatus[] {
  if (roleMayChange(role, 'print')) return [...PRINT_STATUSES];
  const handover = roleMayChange(role, 'handover') && r.printStatus === 'PRINTED';
  return handover ? ['PRINTED', 'HANDED_OVER'] : [r.printStatus];
}

/** A resident only to ask the hand-change table a question with (mayCorrectLife). */
const PROBE: ManualState = {
  birthDate: '1900-01-01',
  recordingStatus: 'UNREGISTERED',
  recordingDate: null,
  printStatus: 'NOT_PRINTED',
  printedDate: null,
  handedOverDate: null,
  ikdActivatedDate: null,
  lifeStatus: 'ALIVE',
  lifeStatusDate: null,
  maritalStatus: 'KAWIN',
  phone: null,
  address: '-',
};

/** Whether the role may move a resident out or back by hand (asked of the domain's table itself). */
export function mayCorrectLife(role: Role): boolean {
  const moved = { ...PROBE, lifeStatus: 'MOVED_OUT' as const, lifeStatusDate: '1900-01-02' };
  const refusals = manualChangeRefusals(role, PROBE, moved, { documentNo: '-', reason: '-' });
  return !refusals.some((x) => x.code === 'change_not_allowed_for_role');
}

/** Life statuses the role may pick; a death only while no report of it is already waiting. */
export function lifeChoices(r: ResidentDetail, role: Role, deathPending: boolean): LifeStatus[] {
  const corrector = mayCorrectLife(role);
  return LIFE_STATUSES.filter((s) => {
    if (s === r.lifeStatus) return true;
    if (s === 'DECEASED') return roleMay(role, 'resident.report_death') && !deathPending;
    return corrector;
  });
}

/** Which inputs the role may edit now, by the domain's hand-change table (manual-changes.ts). */
export function editable(r: ResidentDetail, v: StatusValues, role: Role) {
  const capturing = v.recordingStatus === 'BIO_CAPTURED' && r.recordingStatus !== 'BIO_CAPTURED';
  const handingOver = r.printStatus === 'PRINTED' && v.printStatus === 'HANDED_OVER';
  return {
    recordingDate: roleMayChange(role, 'recording') || (capturing && roleMayChange(role, 'capture')),
    printedDate: roleMayChange(role, 'print'),
    handedOverDate: roleMayChange(role, 'print') || (handingOver && roleMayChange(role, 'handover')),
    ikdActivatedDate: roleMayChange(role, 'ikd'),
  };
}
