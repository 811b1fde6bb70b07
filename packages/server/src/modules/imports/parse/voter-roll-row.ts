/**
 * One row of a voter-roll extract (DPT/DP4 from the election commission) → a VoterRollRecord, or every
 * reason it cannot be one. Only what the cross-check compares is read: the NIK (structurally valid), the
 * name, birth date and sex, and the address and polling station (TPS) shown in lists. A roll row is not a
 * registry fact, so nothing here is checked against villages or scope: the cross-check classifies it.
 */
import type { Sex } from '@sigap/domain';
import { parseSex } from './code-values';
import { VOTER_ROLL_TARGETS, type VoterRollTarget } from './column-aliases';
import type { ColumnIndex } from './column-mapping';
import { columnPlan, ordinals, type RowContext, RowReader, type RowResult } from './row-reader';

export interface VoterRollRecord {
  nik: string;
  fullName: string;
  birthDate: string;
  sex: Sex;
  address: string | null;
  tps: string | null;
}

const COL = ordinals(VOTER_ROLL_TARGETS);
const SPACES = /\s+/g;

/** Parses one data row of a voter roll; `indexOf` comes from `resolveMapping(header, 'voter_roll')`. */
export function parseVoterRollRow(
  cells: readonly string[],
  indexOf: ColumnIndex<VoterRollTarget>,
  line: number,
  ctx: RowContext,
): RowResult<VoterRollRecord> {
  const r = new RowReader(cells, columnPlan(indexOf, VOTER_ROLL_TARGETS), line, ctx);
  const nik = r.nik(COL.NIK);
  const fullName = r.required(COL.NAMA_LGKP);
  const birthDate = r.date(COL.TGL_LHR, true);
  const sex = r.requiredCode(COL.JENIS_KLMIN, parseSex, 'invalid_sex');
  const address = r.optional(COL.ALAMAT);
  const tps = r.optional(COL.TPS);
  if (r.issues.length > 0 || nik === undefined || fullName === undefined || !birthDate || sex === undefined) {
    return { ok: false, issues: r.issues, warnings: r.warnings };
  }
  return {
    ok: true,
    record: {
      nik: nik.nik,
      fullName: fullName.replace(SPACES, ' '),
      birthDate,
      sex,
      address: address?.replace(SPACES, ' ') ?? null,
      tps,
    },
    // A NIK whose encoded birth date or sex disagrees is exactly what the cross-check reports: no warning.
    warnings: [],
  };
}
