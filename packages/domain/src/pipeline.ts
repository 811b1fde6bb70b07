/**
 * The e-KTP recording pipeline with SIAK's own status codes (kept verbatim so imports map one to one), and
 * the small print machine that follows it once a record is print ready (PRR).
 */
export const RECORDING_STATUSES = [
  'UNREGISTERED',
  'BIO_CAPTURED',
  'PROCESSING',
  'SENT_FOR_ENROLLMENT',
  'RECEIVED_AT_CENTRAL',
  'PRINT_READY_RECORD',
  'ENROLL_FAILURE_AT_REGIONAL',
  'ENROLL_FAILURE_AT_CENTRAL',
  'SEARCH_FAILURE_AT_CENTRAL',
  'ADJUDICATE_RECORD',
  'REQUEST_VALIDATION',
  'DUPLICATE_RECORD',
] as const;
export type RecordingStatus = (typeof RECORDING_STATUSES)[number];

/**
 * Failures whose biometrics cannot become a card: the resident must be recorded again and does not count
 * as recorded. DUPLICATE_RECORD is one: its fingerprints match another NIK, so the person is counted there
 * (or is recorded again once the duplicate NIK is resolved); counting both would count one person twice.
 * ADJUDICATE_RECORD and REQUEST_VALIDATION are not: they await a human decision on a capture that stands.
 */
export const RERECORD_STATUSES = [
  'ENROLL_FAILURE_AT_REGIONAL',
  'ENROLL_FAILURE_AT_CENTRAL',
  'SEARCH_FAILURE_AT_CENTRAL',
  'DUPLICATE_RECORD',
] as const satisfies readonly RecordingStatus[];

const RERECORD_ENTRIES = ['UNREGISTERED', 'BIO_CAPTURED'] as const satisfies readonly RecordingStatus[];
const REVIEW_OUTCOMES = [
  'PRINT_READY_RECORD',
  'DUPLICATE_RECORD',
] as const satisfies readonly RecordingStatus[];

/** One step at a time, as the office and the central server move a record; failures go back to recording. */
const TRANSITIONS: Record<RecordingStatus, readonly RecordingStatus[]> = {
  UNREGISTERED: ['BIO_CAPTURED'],
  BIO_CAPTURED: ['PROCESSING'],
  PROCESSING: ['SENT_FOR_ENROLLMENT', 'ENROLL_FAILURE_AT_REGIONAL'],
  SENT_FOR_ENROLLMENT: ['RECEIVED_AT_CENTRAL', 'ENROLL_FAILURE_AT_CENTRAL'],
  RECEIVED_AT_CENTRAL: [
    ...REVIEW_OUTCOMES,
    'SEARCH_FAILURE_AT_CENTRAL',
    'ADJUDICATE_RECORD',
    'REQUEST_VALIDATION',
  ],
  ADJUDICATE_RECORD: [...REVIEW_OUTCOMES, 'REQUEST_VALIDATION'],
  REQUEST_VALIDATION: [...REVIEW_OUTCOMES, 'ADJUDICATE_RECORD'],
  PRINT_READY_RECORD: [],
  ENROLL_FAILURE_AT_REGIONAL: RERECORD_ENTRIES,
  ENROLL_FAILURE_AT_CENTRAL: RERECORD_ENTRIES,
  SEARCH_FAILURE_AT_CENTRAL: RERECORD_ENTRIES,
  DUPLICATE_RECORD: RERECORD_ENTRIES,
};

/** Indonesian (UI default) and English labels for each recording status. */
export const STATUS_LABELS: Record<RecordingStatus, { id: string; en: string }> = {
  UNREGISTERED: { id: 'Belum rekam', en: 'Not recorded' },
  BIO_CAPTURED: { id: 'Biometrik terekam', en: 'Biometrics captured' },
  PROCESSING: { id: 'Sedang diproses', en: 'Processing' },
  SENT_FOR_ENROLLMENT: { id: 'Dikirim ke pusat', en: 'Sent for enrollment' },
  RECEIVED_AT_CENTRAL: { id: 'Diterima di pusat', en: 'Received at central' },
  PRINT_READY_RECORD: { id: 'Siap cetak (PRR)', en: 'Print ready (PRR)' },
  ENROLL_FAILURE_AT_REGIONAL: { id: 'Gagal enrol di daerah', en: 'Enrollment failed at regional server' },
  ENROLL_FAILURE_AT_CENTRAL: { id: 'Gagal enrol di pusat', en: 'Enrollment failed at central' },
  SEARCH_FAILURE_AT_CENTRAL: {
    id: 'Gagal penunggalan di pusat',
    en: 'De-duplication search failed at central',
  },
  ADJUDICATE_RECORD: { id: 'Dalam adjudikasi', en: 'Under adjudication' },
  REQUEST_VALIDATION: { id: 'Menunggu validasi', en: 'Awaiting validation' },
  DUPLICATE_RECORD: { id: 'Rekaman ganda', en: 'Duplicate record' },
};

/** True for a SIAK status string Sigap knows (for validating imported rows). */
export function isRecordingStatus(value: string): value is RecordingStatus {
  return (RECORDING_STATUSES as readonly string[]).includes(value);
}

/** A failure that sends the resident back to be recorded again. */
export function needsRerecording(status: RecordingStatus): boolean {
  return (RERECORD_STATUSES as readonly RecordingStatus[]).includes(status);
}

/** "Sudah rekam": any state from BIO_CAPTURED on, except a failure that requires re-recording. */
export function isRecorded(status: RecordingStatus): boolean {
  return status !== 'UNREGISTERED' && !needsRerecording(status);
}

/** Recorded and unique (PRR): the card may be printed. */
export function isPrintReady(status: RecordingStatus): boolean {
  return status === 'PRINT_READY_RECORD';
}

/** Statuses reachable from `from` in one step. */
export function nextStatuses(from: RecordingStatus): readonly RecordingStatus[] {
  return TRANSITIONS[from];
}

/** True when `to` is one allowed step from `from` (what counter service and outreach may do). */
export function canTransition(from: RecordingStatus, to: RecordingStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Error for a status change the pipeline does not allow; `code` is the API error id. */
export class RecordingTransitionError extends Error {
  readonly code = 'recording_invalid_transition';
  readonly messageEn: string;
  constructor(
    readonly from: RecordingStatus,
    readonly to: RecordingStatus,
  ) {
    super(`Status perekaman tidak dapat berubah dari ${from} ke ${to}.`);
    this.name = 'RecordingTransitionError';
    this.messageEn = `Recording status cannot change from ${from} to ${to}.`;
  }
}

/** Throws RecordingTransitionError unless `canTransition(from, to)`. */
export function assertTransition(from: RecordingStatus, to: RecordingStatus): void {
  if (!canTransition(from, to)) throw new RecordingTransitionError(from, to);
}

/** Statuses reachable from `from` by one or more steps that never pass through a re-recording edge. */
function reachableForward(from: RecordingStatus): Set<RecordingStatus> {
  const seen = new Set<RecordingStatus>();
  const queue: RecordingStatus[] = [from];
  for (let s = queue.shift(); s !== undefined; s = queue.shift()) {
    if (needsRerecording(s)) continue;
    for (const next of TRANSITIONS[s]) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return seen;
}

/**
 * Whether a SIAK import may move a record from `from` to `to`. SIAK extracts are snapshots taken days apart,
 * so a record may pass several steps unseen in between, and the import must accept the jump. A move back to
 * UNREGISTERED or BIO_CAPTURED is accepted from any state before PRR (and anything from a failure): an unseen
 * failure sent the person back to be recorded, and refusing it would keep them counted as recorded and never
 * invited back. Other backward moves and any move out of PRR are refused: they are what an older extract
 * imported after a newer one looks like, and applying them would undo progress in the counters. (A record
 * re-recorded and already past BIO_CAPTURED between two extracts is refused until it overtakes its old
 * status; that lag is the price of the guard.) Equal statuses are not a move: re-importing changes nothing.
 */
export function isForwardOrRerecord(from: RecordingStatus, to: RecordingStatus): boolean {
  if (from === to || from === 'PRINT_READY_RECORD') return false;
  if (needsRerecording(from) || (RERECORD_ENTRIES as readonly RecordingStatus[]).includes(to)) return true;
  return reachableForward(from).has(to);
}

export const PRINT_STATUSES = ['NOT_PRINTED', 'PRINTED', 'HANDED_OVER'] as const;
export type PrintStatus = (typeof PRINT_STATUSES)[number];

/** Indonesian and English labels for each print status. */
export const PRINT_STATUS_LABELS: Record<PrintStatus, { id: string; en: string }> = {
  NOT_PRINTED: { id: 'Belum cetak', en: 'Not printed' },
  PRINTED: { id: 'Sudah cetak', en: 'Printed' },
  HANDED_OVER: { id: 'Sudah diserahkan', en: 'Handed over' },
};

/**
 * A card may be printed only for a PRR record not yet printed. A spoiled card leaves the status NOT_PRINTED
 * (the stock ledger records the spoilage); replacing a lost card is a separate service, not a reprint here.
 */
export function canPrint(recordingStatus: RecordingStatus, printStatus: PrintStatus): boolean {
  return isPrintReady(recordingStatus) && printStatus === 'NOT_PRINTED';
}

/** A card may be handed over once printed and not yet handed over. */
export function canHandOver(printStatus: PrintStatus): boolean {
  return printStatus === 'PRINTED';
}
