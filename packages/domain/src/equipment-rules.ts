import { addDays, compareIsoDates } from './dates';

/**
 * Equipment and operators (issue 13): recording sets and card printers per office, their status, and the
 * province's pool lent with operators to a regency for a period. Pure rules; the server stores and locks.
 */
export const EQUIPMENT_KINDS = ['recording_set', 'card_printer', 'other'] as const;
export type EquipmentKind = (typeof EQUIPMENT_KINDS)[number];

export const EQUIPMENT_STATUSES = ['working', 'broken', 'in_repair'] as const;
export type EquipmentStatus = (typeof EQUIPMENT_STATUSES)[number];

/**
 * A loan is reserved ahead, confirmed on arrival by the receiving regency and confirmed back on return;
 * only a loan that has not left yet can be cancelled. There is no separate "in transit" step: the
 * province's handover is the reservation's start day, and the regency's arrival confirmation is the fact.
 */
export const LOAN_STATES = ['reserved', 'arrived', 'returned', 'cancelled'] as const;
export type LoanState = (typeof LOAN_STATES)[number];

export type LoanAction = 'arrive' | 'return' | 'cancel';

const TRANSITIONS: Record<LoanAction, { from: LoanState; to: LoanState }> = {
  arrive: { from: 'reserved', to: 'arrived' },
  return: { from: 'arrived', to: 'returned' },
  cancel: { from: 'reserved', to: 'cancelled' },
};

/** The state a loan moves to, or undefined when the action does not apply to its state. */
export function nextLoanState(state: LoanState, action: LoanAction): LoanState | undefined {
  const t = TRANSITIONS[action];
  return t.from === state ? t.to : undefined;
}

/** States that hold their items and operators (their days stay reserved). */
export function loanHoldsDays(state: LoanState): boolean {
  return state === 'reserved' || state === 'arrived';
}

/** A loan lasts at most about a quarter: one day row per item and day keeps the lock cheap and bounded. */
export const MAX_LOAN_DAYS = 92;

export type LoanPeriodProblem = 'loan_end_before_start' | 'loan_too_long' | 'loan_starts_in_past';

/** Why a period cannot be reserved (today: the province's today), or undefined when it can. */
export function loanPeriodProblem(start: string, end: string, today: string): LoanPeriodProblem | undefined {
  if (compareIsoDates(end, start) < 0) return 'loan_end_before_start';
  if (compareIsoDates(addDays(start, MAX_LOAN_DAYS - 1), end) < 0) return 'loan_too_long';
  if (compareIsoDates(start, today) < 0) return 'loan_starts_in_past';
  return undefined;
}

/** Every day of a period, both ends included. */
export function loanDays(start: string, end: string): string[] {
  const days: string[] = [];
  for (let d = start; compareIsoDates(d, end) <= 0; d = addDays(d, 1)) days.push(d);
  return days;
}

/** Whether two inclusive periods share a day. */
export function periodsOverlap(
  a: { start: string; end: string },
  b: { start: string; end: string },
): boolean {
  return compareIsoDates(a.start, b.end) <= 0 && compareIsoDates(b.start, a.end) <= 0;
}

export const LOAN_RULE_MESSAGES: Record<LoanPeriodProblem, { id: string; en: string }> = {
  loan_end_before_start: {
    id: 'Tanggal kembali harus sama dengan atau sesudah tanggal mulai.',
    en: 'The return date must be on or after the start date.',
  },
  loan_too_long: {
    id: `Peminjaman paling lama ${MAX_LOAN_DAYS} hari.`,
    en: `A loan lasts at most ${MAX_LOAN_DAYS} days.`,
  },
  loan_starts_in_past: {
    id: 'Peminjaman tidak dapat dimulai pada tanggal yang sudah lewat.',
    en: 'A loan cannot start on a past date.',
  },
};
