import type { LifeStatus } from './eligibility';
import { isPrintReady, isRecorded, type PrintStatus, type RecordingStatus } from './pipeline';

/**
 * Who may be given a suket (DESIGN.md "Suket"): only a recorded resident whose card cannot be printed now —
 * not yet PRR, no blanko at their office, or a technical fault. A PRR resident whose office has blanko is
 * printed instead. One active suket per person; an election sets the issuance window and the validity end.
 */
export interface SuketPolicy {
  /** First day a suket may be issued for this election (inclusive); null: no lower bound. */
  issueFrom: string | null;
  /** Last day of issuance (inclusive): by default voting day. */
  issueUntil: string;
  /** The day a suket of this election stops being valid (inclusive). */
  validUntil: string;
  /** Whether "PRR with blanko at the office must be printed" is enforced (it asks the stock). */
  prrWithBlankoMustPrint: boolean;
}

/** Issued until voting day, valid until 31 December of the voting year, PRR with blanko printed. */
export function defaultSuketPolicy(votingDate: string): SuketPolicy {
  return {
    issueFrom: null,
    issueUntil: votingDate,
    validUntil: `${votingDate.slice(0, 4)}-12-31`,
    prrWithBlankoMustPrint: true,
  };
}

export interface SuketCandidate {
  recordingStatus: RecordingStatus;
  printStatus: PrintStatus;
  lifeStatus: LifeStatus;
  /** Whether the person already holds an active suket. */
  hasActiveSuket: boolean;
  /** Blanko on hand at the resident's regency office (only read when the policy asks). */
  officeHasBlanko: boolean;
}

export const SUKET_REFUSAL_CODES = [
  'not_recorded',
  'print_instead',
  'holds_card',
  'deceased',
  'not_resident',
  'outside_window',
  'already_active',
] as const;
export type SuketRefusalCode = (typeof SUKET_REFUSAL_CODES)[number];

export interface SuketRefusal {
  code: SuketRefusalCode;
  message: string;
  messageEn: string;
}

const MESSAGES: Record<SuketRefusalCode, [string, string]> = {
  not_recorded: [
    'Penduduk belum merekam KTP-el: suket hanya untuk yang sudah merekam.',
    'The resident has not recorded for an e-KTP: a suket is only for recorded residents.',
  ],
  print_instead: [
    'Data sudah PRR dan blanko tersedia di kantor: cetak KTP-el, jangan terbitkan suket.',
    'The record is print ready and the office has blanko: print the e-KTP instead of a suket.',
  ],
  holds_card: ['Penduduk sudah memiliki KTP-el tercetak.', 'The resident already holds a printed e-KTP.'],
  deceased: ['Penduduk tercatat meninggal dunia.', 'The resident is recorded as deceased.'],
  not_resident: ['Penduduk tercatat pindah keluar.', 'The resident is recorded as moved out.'],
  outside_window: [
    'Di luar masa penerbitan suket pemilihan ini.',
    "Outside this election's suket issuance window.",
  ],
  already_active: [
    'Penduduk sudah memiliki suket yang masih berlaku.',
    'The resident already holds an active suket.',
  ],
};

export function suketRefusal(code: SuketRefusalCode): SuketRefusal {
  const [message, messageEn] = MESSAGES[code];
  return { code, message, messageEn };
}

/** Whether `today` lies in the policy's issuance window. */
export function inIssuanceWindow(policy: SuketPolicy, today: string): boolean {
  return (policy.issueFrom === null || today >= policy.issueFrom) && today <= policy.issueUntil;
}

/**
 * Every reason this person may not be given a suket under `policy` today; empty when one may be issued.
 * Life status first (a deceased person's other facts do not matter), then the window, then the pipeline.
 */
export function suketRefusals(c: SuketCandidate, policy: SuketPolicy, today: string): SuketRefusal[] {
  const out: SuketRefusalCode[] = [];
  if (c.lifeStatus === 'DECEASED') out.push('deceased');
  else if (c.lifeStatus !== 'ALIVE') out.push('not_resident');
  if (!inIssuanceWindow(policy, today)) out.push('outside_window');
  if (c.printStatus !== 'NOT_PRINTED') out.push('holds_card');
  else if (!isRecorded(c.recordingStatus)) out.push('not_recorded');
  else if (policy.prrWithBlankoMustPrint && isPrintReady(c.recordingStatus) && c.officeHasBlanko)
    out.push('print_instead');
  if (c.hasActiveSuket) out.push('already_active');
  return out.map(suketRefusal);
}
