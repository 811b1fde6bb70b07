import {
  isResidentRefusalCode,
  RESIDENT_REFUSAL_CODES,
  type ResidentRefusalCode,
  renderResidentRefusal,
} from '@sigap/domain';

/**
 * Why the one write path refuses a resident write: a stable code, and the text rendered from its parameters.
 * Import jobs store only the code and parameters of a refused row (imports.messages.ts renders them again).
 */
const MESSAGES = {
  // A patch names a person by NIK only: one outside the scope is answered exactly like an unknown NIK.
  resident_not_found: () => [
    'Penduduk dengan NIK ini tidak ditemukan di wilayah kerja Anda.',
    'No resident with this NIK in your region scope.',
  ],
  // Refusing cannot hide that the NIK exists (NIKs are unique), but the message never names the other village.
  out_of_scope: () => [
    'Penduduk dengan NIK ini terdaftar di luar wilayah kerja Anda; baris tidak disimpan.',
    'The resident with this NIK is registered outside your region scope; the row is not saved.',
  ],
  recording_invalid_transition: (from: string, to: string) => [
    `Status perekaman tidak dapat berubah dari ${from} ke ${to}.`,
    `Recording status cannot move from ${from} to ${to}.`,
  ],
} satisfies Record<string, (a: string, b: string) => [string, string]>;

/** The write path's own refusals, and the domain's state and hand-change rules (resident-state-messages.ts). */
export type WriteRejectionCode = keyof typeof MESSAGES | ResidentRefusalCode;

export const WRITE_REJECTION_CODES: readonly WriteRejectionCode[] = [
  ...(Object.keys(MESSAGES) as (keyof typeof MESSAGES)[]),
  ...RESIDENT_REFUSAL_CODES,
];

export function renderWriteRejection(code: WriteRejectionCode, params: readonly string[]): [string, string] {
  if (isResidentRefusalCode(code)) return renderResidentRefusal(code, params);
  return MESSAGES[code](params[0] ?? '', params[1] ?? '');
}
