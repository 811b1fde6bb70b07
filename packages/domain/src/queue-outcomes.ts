import { canHandOver, canTransition, isRecorded, type PrintStatus, type RecordingStatus } from './pipeline';

/**
 * How a counter finishes a ticket (issue 12) and what that does to the resident. Three outcomes change
 * the registry (through the one write path, source `counter`); the others are kept on the ticket only.
 */
export const QUEUE_OUTCOMES = [
  'recorded',
  'biometric_exception',
  'referred',
  'card_handed_over',
  'ikd_activated',
  'data_changed',
] as const;
export type QueueOutcome = (typeof QUEUE_OUTCOMES)[number];

export const QUEUE_OUTCOME_LABELS: Record<QueueOutcome, { id: string; en: string }> = {
  recorded: { id: 'Sudah direkam', en: 'Recorded' },
  biometric_exception: { id: 'Perlu pengecualian biometrik', en: 'Needs biometric exception' },
  referred: { id: 'Dirujuk', en: 'Referred' },
  card_handed_over: { id: 'KTP-el diserahkan', en: 'Card handed over' },
  ikd_activated: { id: 'IKD diaktifkan', en: 'IKD activated' },
  data_changed: { id: 'Perubahan data', en: 'Data changed' },
};

/** Outcomes that change the resident and therefore need one (a NIK on the ticket or given at the counter). */
export const RESIDENT_OUTCOMES: readonly QueueOutcome[] = ['recorded', 'card_handed_over', 'ikd_activated'];

export function outcomeNeedsResident(outcome: QueueOutcome): boolean {
  return RESIDENT_OUTCOMES.includes(outcome);
}

export interface OutcomeResident {
  recordingStatus: RecordingStatus;
  printStatus: PrintStatus;
  ikdActivatedDate: string | null;
}

export type OutcomeRefusal = 'outcome_not_recordable' | 'outcome_not_printed' | 'outcome_ikd_not_possible';

export const OUTCOME_REFUSAL_MESSAGES: Record<OutcomeRefusal, { id: string; en: string }> = {
  outcome_not_recordable: {
    id: 'Penduduk ini sudah terekam atau sedang diproses; perekaman ulang hanya setelah status gagal.',
    en: 'This resident is already recorded or in process; recording again only follows a failure.',
  },
  outcome_not_printed: {
    id: 'KTP-el penduduk ini belum tercetak atau sudah diserahkan.',
    en: 'This resident’s card is not printed yet or was handed over already.',
  },
  outcome_ikd_not_possible: {
    id: 'IKD hanya untuk penduduk yang sudah rekam dan belum mengaktifkan IKD.',
    en: 'IKD is only for a recorded resident whose IKD is not active yet.',
  },
};

/**
 * The resident fields an outcome writes on `today` at `place`, or why the resident's state forbids it.
 * The write path checks the same state rules again; this gives the counter a precise refusal first.
 */
export function outcomePatch(
  outcome: QueueOutcome,
  r: OutcomeResident,
  today: string,
  place: string,
): { ok: true; patch: Record<string, string> | null } | { ok: false; code: OutcomeRefusal } {
  if (outcome === 'recorded') {
    if (!canTransition(r.recordingStatus, 'BIO_CAPTURED'))
      return { ok: false, code: 'outcome_not_recordable' };
    return {
      ok: true,
      patch: { recordingStatus: 'BIO_CAPTURED', recordingDate: today, recordingPlace: place },
    };
  }
  if (outcome === 'card_handed_over') {
    if (!canHandOver(r.printStatus)) return { ok: false, code: 'outcome_not_printed' };
    return { ok: true, patch: { printStatus: 'HANDED_OVER', handedOverDate: today } };
  }
  if (outcome === 'ikd_activated') {
    if (!isRecorded(r.recordingStatus) || r.ikdActivatedDate !== null) {
      return { ok: false, code: 'outcome_ikd_not_possible' };
    }
    return { ok: true, patch: { ikdActivatedDate: today } };
  }
  return { ok: true, patch: null };
}
