/**
 * One row of a daily SIAK status extract → a StatusUpdateRecord (a resident's new recording status), or
 * every reason it cannot be one. Such a row carries no village, so region scope is checked by the import
 * job against the stored resident, not here.
 */
import type { StatusUpdateRecord } from '@sigap/domain';
import { parseRecordingStatus } from './code-values';
import { STATUS_TARGETS, type StatusTarget } from './column-aliases';
import type { ColumnIndex } from './column-mapping';
import { columnPlan, ordinals, type RowContext, RowReader, type RowResult } from './row-reader';

const COL = ordinals(STATUS_TARGETS);

/** Parses one data row of a status extract; `indexOf` comes from `resolveMapping(header, 'status')`. */
export function parseStatusRow(
  cells: readonly string[],
  indexOf: ColumnIndex<StatusTarget>,
  line: number,
  ctx: RowContext,
): RowResult<StatusUpdateRecord> {
  const r = new RowReader(cells, columnPlan(indexOf, STATUS_TARGETS), line, ctx);
  const nik = r.nik(COL.NIK);
  const recordingStatus = r.requiredCode(COL.STATUS_REKAM, parseRecordingStatus, 'invalid_recording_status');
  const recordingDate = r.date(COL.TGL_REKAM, false);
  const recordingPlace = r.optional(COL.TEMPAT_REKAM);
  if (
    r.issues.length > 0 ||
    nik === undefined ||
    recordingStatus === undefined ||
    recordingDate === undefined
  ) {
    return { ok: false, issues: r.issues, warnings: r.warnings };
  }
  return {
    ok: true,
    record: { nik: nik.nik, recordingStatus, recordingDate, recordingPlace },
    warnings: r.warnings,
  };
}
