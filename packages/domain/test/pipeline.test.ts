import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assertTransition,
  canHandOver,
  canPrint,
  canTransition,
  isForwardOrRerecord,
  isPrintReady,
  isRecorded,
  isRecordingStatus,
  needsRerecording,
  nextStatuses,
  PRINT_STATUS_LABELS,
  PRINT_STATUSES,
  RECORDING_STATUSES,
  type RecordingStatus,
  RecordingTransitionError,
  STATUS_LABELS,
} from '../src/pipeline';

describe('statuses', () => {
  it('keeps the exact SIAK strings', () => {
    expect(RECORDING_STATUSES).toEqual([
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
    ]);
    expect(PRINT_STATUSES).toEqual(['NOT_PRINTED', 'PRINTED', 'HANDED_OVER']);
  });

  it.each<[RecordingStatus, boolean, boolean, boolean]>([
    // status, recorded (sudah rekam), print ready, needs re-recording
    ['UNREGISTERED', false, false, false],
    ['BIO_CAPTURED', true, false, false],
    ['PROCESSING', true, false, false],
    ['SENT_FOR_ENROLLMENT', true, false, false],
    ['RECEIVED_AT_CENTRAL', true, false, false],
    ['PRINT_READY_RECORD', true, true, false],
    ['ENROLL_FAILURE_AT_REGIONAL', false, false, true],
    ['ENROLL_FAILURE_AT_CENTRAL', false, false, true],
    ['SEARCH_FAILURE_AT_CENTRAL', false, false, true],
    ['ADJUDICATE_RECORD', true, false, false],
    ['REQUEST_VALIDATION', true, false, false],
    ['DUPLICATE_RECORD', false, false, true],
  ])('%s: recorded %s, print ready %s, re-record %s', (status, recorded, printReady, rerecord) => {
    expect(isRecorded(status)).toBe(recorded);
    expect(isPrintReady(status)).toBe(printReady);
    expect(needsRerecording(status)).toBe(rerecord);
  });

  it('has an Indonesian and an English label for every status', () => {
    for (const s of RECORDING_STATUSES) expect(STATUS_LABELS[s].id && STATUS_LABELS[s].en).toBeTruthy();
    for (const s of PRINT_STATUSES)
      expect(PRINT_STATUS_LABELS[s].id && PRINT_STATUS_LABELS[s].en).toBeTruthy();
    expect(new Set(Object.values(STATUS_LABELS).map((l) => l.id)).size).toBe(RECORDING_STATUSES.length);
    expect(STATUS_LABELS.PRINT_READY_RECORD).toEqual({ id: 'Siap cetak (PRR)', en: 'Print ready (PRR)' });
  });

  it.each([
    ['PRINT_READY_RECORD', true],
    ['print_ready_record', false],
    ['PRR', false],
    ['', false],
  ])('isRecordingStatus(%j) → %s', (value, expected) => expect(isRecordingStatus(value)).toBe(expected));
});

const ALLOWED: [RecordingStatus, RecordingStatus][] = [
  ['UNREGISTERED', 'BIO_CAPTURED'],
  ['BIO_CAPTURED', 'PROCESSING'],
  ['PROCESSING', 'SENT_FOR_ENROLLMENT'],
  ['PROCESSING', 'ENROLL_FAILURE_AT_REGIONAL'],
  ['SENT_FOR_ENROLLMENT', 'RECEIVED_AT_CENTRAL'],
  ['SENT_FOR_ENROLLMENT', 'ENROLL_FAILURE_AT_CENTRAL'],
  ['RECEIVED_AT_CENTRAL', 'PRINT_READY_RECORD'],
  ['RECEIVED_AT_CENTRAL', 'DUPLICATE_RECORD'],
  ['RECEIVED_AT_CENTRAL', 'SEARCH_FAILURE_AT_CENTRAL'],
  ['RECEIVED_AT_CENTRAL', 'ADJUDICATE_RECORD'],
  ['RECEIVED_AT_CENTRAL', 'REQUEST_VALIDATION'],
  ['ADJUDICATE_RECORD', 'PRINT_READY_RECORD'],
  ['ADJUDICATE_RECORD', 'DUPLICATE_RECORD'],
  ['ADJUDICATE_RECORD', 'REQUEST_VALIDATION'],
  ['REQUEST_VALIDATION', 'PRINT_READY_RECORD'],
  ['REQUEST_VALIDATION', 'DUPLICATE_RECORD'],
  ['REQUEST_VALIDATION', 'ADJUDICATE_RECORD'],
  ...(
    [
      'ENROLL_FAILURE_AT_REGIONAL',
      'ENROLL_FAILURE_AT_CENTRAL',
      'SEARCH_FAILURE_AT_CENTRAL',
      'DUPLICATE_RECORD',
    ] as const
  ).flatMap((f): [RecordingStatus, RecordingStatus][] => [
    [f, 'UNREGISTERED'],
    [f, 'BIO_CAPTURED'],
  ]),
];
const PAIRS = RECORDING_STATUSES.flatMap((from) => RECORDING_STATUSES.map((to) => [from, to] as const));
const isAllowed = (from: RecordingStatus, to: RecordingStatus) =>
  ALLOWED.some(([f, t]) => f === from && t === to);

describe('canTransition and assertTransition', () => {
  it.each(PAIRS)('%s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(isAllowed(from, to));
    expect(nextStatuses(from).includes(to)).toBe(isAllowed(from, to));
    if (isAllowed(from, to)) expect(() => assertTransition(from, to)).not.toThrow();
    else expect(() => assertTransition(from, to)).toThrow(RecordingTransitionError);
  });

  it('throws an error carrying a stable code and both languages', () => {
    const error = (() => {
      try {
        assertTransition('PRINT_READY_RECORD', 'UNREGISTERED');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(RecordingTransitionError);
    expect(error).toMatchObject({
      code: 'recording_invalid_transition',
      from: 'PRINT_READY_RECORD',
      to: 'UNREGISTERED',
    });
    expect((error as RecordingTransitionError).message).toContain('tidak dapat');
    expect((error as RecordingTransitionError).messageEn).toContain('cannot');
  });
});

describe('isForwardOrRerecord (SIAK imports)', () => {
  it.each<[RecordingStatus, RecordingStatus, boolean]>([
    ['UNREGISTERED', 'PRINT_READY_RECORD', true], // several steps between two extracts
    ['BIO_CAPTURED', 'DUPLICATE_RECORD', true],
    ['PROCESSING', 'ENROLL_FAILURE_AT_CENTRAL', true],
    ['SENT_FOR_ENROLLMENT', 'ENROLL_FAILURE_AT_REGIONAL', false], // the regional failure comes before sending
    ['ADJUDICATE_RECORD', 'REQUEST_VALIDATION', true],
    ['ENROLL_FAILURE_AT_REGIONAL', 'PRINT_READY_RECORD', true], // recorded again since
    ['DUPLICATE_RECORD', 'UNREGISTERED', true],
    ['SEARCH_FAILURE_AT_CENTRAL', 'ENROLL_FAILURE_AT_CENTRAL', true],
    ['SENT_FOR_ENROLLMENT', 'UNREGISTERED', true], // an unseen failure sent it back to re-recording
    ['RECEIVED_AT_CENTRAL', 'BIO_CAPTURED', true], // …and it was recorded again
    ['ADJUDICATE_RECORD', 'UNREGISTERED', true],
    ['SENT_FOR_ENROLLMENT', 'PROCESSING', false], // what an older extract looks like
    ['RECEIVED_AT_CENTRAL', 'SENT_FOR_ENROLLMENT', false],
    ['PRINT_READY_RECORD', 'ADJUDICATE_RECORD', false],
    ['PRINT_READY_RECORD', 'UNREGISTERED', false],
    ['PRINT_READY_RECORD', 'DUPLICATE_RECORD', false],
    ['PROCESSING', 'PROCESSING', false], // no move
  ])('%s → %s: %s', (from, to, expected) => expect(isForwardOrRerecord(from, to)).toBe(expected));

  it('accepts every single allowed step and nothing out of PRR', () => {
    for (const [from, to] of PAIRS) {
      if (canTransition(from, to)) expect(isForwardOrRerecord(from, to)).toBe(true);
      if (from === 'PRINT_READY_RECORD') expect(isForwardOrRerecord(from, to)).toBe(false);
    }
  });

  it('accepts the jump across any walk of allowed steps that ends at its first re-recording', () => {
    const walk = fc.array(fc.nat(), { maxLength: 12 });
    fc.assert(
      fc.property(fc.constantFrom(...RECORDING_STATUSES), walk, (start, picks) => {
        let at: RecordingStatus = start;
        for (const pick of picks) {
          const next = nextStatuses(at);
          if (next.length === 0) break;
          const wasFailure = needsRerecording(at);
          at = next[pick % next.length] ?? at;
          if (wasFailure) break;
        }
        if (at !== start) expect(isForwardOrRerecord(start, at)).toBe(true);
      }),
    );
  });
});

describe('printing', () => {
  it.each(PRINT_STATUSES.flatMap((p) => RECORDING_STATUSES.map((r) => [r, p] as const)))(
    'canPrint(%s, %s)',
    (recording, print) => {
      expect(canPrint(recording, print)).toBe(recording === 'PRINT_READY_RECORD' && print === 'NOT_PRINTED');
    },
  );

  it.each([
    ['NOT_PRINTED', false],
    ['PRINTED', true],
    ['HANDED_OVER', false],
  ] as const)('canHandOver(%s) → %s', (print, expected) => expect(canHandOver(print)).toBe(expected));
});
