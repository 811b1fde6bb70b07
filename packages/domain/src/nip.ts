/**
 * NIP (Nomor Induk Pegawai), the civil servant number: 18 digits (birth date, appointment month, sex,
 * serial). Only the shape is checked; staff who are not civil servants have none.
 */
export const NIP_PATTERN = /^\d{18}$/;

export function isValidNip(value: string): boolean {
  return NIP_PATTERN.test(value);
}
