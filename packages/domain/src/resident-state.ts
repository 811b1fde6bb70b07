import type { LifeStatus } from './eligibility';
import { isPrintReady, isRecorded, type PrintStatus, type RecordingStatus } from './pipeline';

/**
 * The part of a resident that the state rules read: the statuses and the date each step carries.
 * Field names are the API's (and the form's), so a refusal can name the field it belongs beside.
 */
export interface ResidentState {
  birthDate: string;
  recordingStatus: RecordingStatus;
  recordingDate: string | null;
  printStatus: PrintStatus;
  printedDate: string | null;
  handedOverDate: string | null;
  ikdActivatedDate: string | null;
  lifeStatus: LifeStatus;
  lifeStatusDate: string | null;
}

export type StateField = Exclude<keyof ResidentState, 'birthDate'>;

/** Why a state is impossible; each code has a bilingual message in resident-state-messages.ts. */
export const STATE_VIOLATION_CODES = [
  'print_requires_prr',
  'printed_date_required',
  'printed_date_without_print',
  'handover_date_required',
  'handover_date_without_handover',
  'recording_date_required',
  'recording_date_without_recording',
  'ikd_requires_recording',
  'life_date_required',
  'life_date_without_life_change',
  'date_in_future',
  'date_before_birth',
  'printed_before_recording',
  'handover_before_print',
  'ikd_before_recording',
] as const;
export type StateViolationCode = (typeof STATE_VIOLATION_CODES)[number];

export interface StateViolation {
  code: StateViolationCode;
  field: StateField;
  /** Values the message quotes (dates as YYYY-MM-DD). */
  params: string[];
}

const DATE_FIELDS = [
  'recordingDate',
  'printedDate',
  'handedOverDate',
  'ikdActivatedDate',
  'lifeStatusDate',
] as const satisfies readonly StateField[];

/**
 * Every rule of DESIGN.md "Recording pipeline" a stored resident must satisfy, checked against `today`
 * (the calendar date of the resident's office). A card is printed only for a PRR record and handed over
 * only once printed; each step carries its date, never before the previous step's, never before birth,
 * never in the future; IKD needs a recorded resident; a death or a move carries its date.
 * An empty list means the state may be stored.
 */
export function residentStateViolations(s: ResidentState, today: string): StateViolation[] {
  const out: StateViolation[] = [];
  const add = (code: StateViolationCode, field: StateField, ...params: string[]) =>
    out.push({ code, field, params });

  if (s.recordingStatus === 'UNREGISTERED') {
    if (s.recordingDate !== null) add('recording_date_without_recording', 'recordingDate', s.recordingDate);
  } else if (s.recordingDate === null) add('recording_date_required', 'recordingDate');

  const printed = s.printStatus !== 'NOT_PRINTED';
  if (printed && !isPrintReady(s.recordingStatus)) add('print_requires_prr', 'printStatus');
  if (printed && s.printedDate === null) add('printed_date_required', 'printedDate');
  if (!printed && s.printedDate !== null) add('printed_date_without_print', 'printedDate', s.printedDate);
  const handed = s.printStatus === 'HANDED_OVER';
  if (handed && s.handedOverDate === null) add('handover_date_required', 'handedOverDate');
  if (!handed && s.handedOverDate !== null)
    add('handover_date_without_handover', 'handedOverDate', s.handedOverDate);

  if (s.ikdActivatedDate !== null && !isRecorded(s.recordingStatus))
    add('ikd_requires_recording', 'ikdActivatedDate');

  if (s.lifeStatus !== 'ALIVE' && s.lifeStatusDate === null) add('life_date_required', 'lifeStatusDate');
  if (s.lifeStatus === 'ALIVE' && s.lifeStatusDate !== null)
    add('life_date_without_life_change', 'lifeStatusDate', s.lifeStatusDate);

  for (const field of DATE_FIELDS) {
    const date = s[field];
    if (date === null) continue;
    if (date > today) add('date_in_future', field, date, today);
    else if (date < s.birthDate) add('date_before_birth', field, date, s.birthDate);
  }
  const before = (later: string | null, earlier: string | null) =>
    later !== null && earlier !== null && later < earlier;
  if (before(s.printedDate, s.recordingDate))
    add('printed_before_recording', 'printedDate', s.printedDate as string, s.recordingDate as string);
  if (before(s.handedOverDate, s.printedDate))
    add('handover_before_print', 'handedOverDate', s.handedOverDate as string, s.printedDate as string);
  if (before(s.ikdActivatedDate, s.recordingDate))
    add('ikd_before_recording', 'ikdActivatedDate', s.ikdActivatedDate as string, s.recordingDate as string);
  return out;
}

/** The violations of `after` that `before` did not already have (same code on the same field). */
export function newViolations(
  before: readonly StateViolation[],
  after: readonly StateViolation[],
): StateViolation[] {
  const known = new Set(before.map((v) => `${v.code}:${v.field}`));
  return after.filter((v) => !known.has(`${v.code}:${v.field}`));
}
