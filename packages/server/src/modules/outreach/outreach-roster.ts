import { Readable } from 'node:stream';
import type { RosterMismatch } from '@sigap/domain';
import { isWithinScope, normaliseNik, validateNik } from '@sigap/domain';
import type { ResidentRow } from '../../db/schema';
import { parseDateValue, readRows } from '../imports';
import { outreachErrors } from './outreach.errors';

/** A school's list of a term fits easily; a bigger file is not a roster. */
export const MAX_ROSTER_ROWS = 5000;

export interface RosterLine {
  line: number;
  nik: string;
  fullName: string;
  birthDate: string | null;
  className: string | null;
}

const ALIASES: Record<'nik' | 'name' | 'birth' | 'class', string[]> = {
  nik: ['nik', 'no_nik', 'nomor_induk_kependudukan'],
  name: ['nama', 'nama_lengkap', 'nama_siswa', 'nama_lgkp', 'name'],
  birth: ['tgl_lahir', 'tanggal_lahir', 'tgl_lhr', 'birth_date', 'lahir'],
  class: ['kelas', 'rombel', 'blok', 'kamar', 'class'],
};

const key = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

/**
 * Reads a roster (CSV or XLSX, through the import module's readers): the first row is the header, columns
 * found by name (NIK, NAMA, TGL_LAHIR, KELAS in the ways schools write them).
 */
export async function readRoster(fileName: string, bytes: Buffer): Promise<RosterLine[]> {
  const rows = readRows({ stream: Readable.from([bytes]), fileName });
  let cols: Record<keyof typeof ALIASES, number> | undefined;
  const out: RosterLine[] = [];
  for await (const row of rows) {
    if (!cols) {
      const keys = row.cells.map(key);
      const find = (k: keyof typeof ALIASES) => keys.findIndex((c) => ALIASES[k].includes(c));
      cols = { nik: find('nik'), name: find('name'), birth: find('birth'), class: find('class') };
      const missing = (['nik', 'name', 'birth'] as const).filter((k) => cols?.[k] === -1);
      if (missing.length > 0) throw outreachErrors.rosterColumns(missing.map((k) => ALIASES[k][0] ?? k));
      continue;
    }
    const cell = (i: number) => (i >= 0 ? (row.cells[i] ?? '').trim() : '');
    out.push({
      line: row.line,
      nik: normaliseNik(cell(cols.nik)),
      fullName: cell(cols.name).toUpperCase(),
      birthDate: parseDateValue(cell(cols.birth)) ?? null,
      className: cell(cols.class) || null,
    });
    if (out.length > MAX_ROSTER_ROWS) throw outreachErrors.rosterTooLarge(MAX_ROSTER_ROWS);
  }
  if (out.length === 0) throw outreachErrors.rosterEmpty();
  return out;
}

/**
 * Matches one roster line to the registry: the NIK must be valid and known, agree with the birth date the
 * school wrote, and belong to a village of the site's regency (the office records its own residents). A
 * resident outside it is reported as such, never named.
 */
export function matchRosterLine(
  l: RosterLine,
  byNik: ReadonlyMap<string, ResidentRow>,
  regency: string,
  today: string,
): { resident: ResidentRow } | { mismatch: RosterMismatch } {
  if (!validateNik(l.nik, { referenceDate: today }).ok) return { mismatch: 'invalid_nik' };
  const r = byNik.get(l.nik);
  if (!r) return { mismatch: 'unknown_nik' };
  if (!isWithinScope(regency, r.village_code)) return { mismatch: 'outside_region' };
  if (l.birthDate !== r.birth_date) return { mismatch: 'birth_date_mismatch' };
  return { resident: r };
}

export const MISMATCH_TEXT: Record<RosterMismatch, [string, string]> = {
  invalid_nik: ['NIK tidak sah (bukan 16 digit atau tanggal lahirnya mustahil).', 'Invalid NIK.'],
  unknown_nik: ['NIK tidak ada di registri.', 'NIK not in the registry.'],
  birth_date_mismatch: [
    'Tanggal lahir di daftar tidak sama dengan registri untuk NIK ini.',
    'The birth date on the roster differs from the registry for this NIK.',
  ],
  outside_region: [
    'Penduduk ini terdaftar di luar kabupaten/kota lokasi.',
    'This resident is registered outside the site’s regency/city.',
  ],
};
