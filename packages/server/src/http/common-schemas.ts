import { z } from 'zod';

/**
 * Input shapes shared by every module, so that one region code or one date is validated, and explained to
 * the user, the same way everywhere.
 */
export const RegionCode = z
  .string()
  .trim()
  .regex(/^(ID|\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?)$/, 'Kode wilayah tidak valid.|Invalid region code.');

/** A calendar date that exists (2023-02-29 does not). */
export const IsoDate = z.iso.date('Tanggal harus berformat YYYY-MM-DD.|Date must be YYYY-MM-DD.');
