import type { ResidentRecord, StatusUpdateRecord } from '@sigap/domain';
import type { Insertable, Kysely } from 'kysely';
import type { Database, ImportErrorsTable } from '../../db/schema';
import type { ResidentPatch, ResidentWrite, ResidentWriter, WriteOutcome } from '../residents';
import { errorRowsOf, type ImportJobRow, insertImportErrors, updateJob } from './import-jobs.repository';
import type { AppliedRows } from './line-digest';
import type { ParsedRow } from './parse';

/** Warnings that travel with the resident as data-quality flags. */
const QUALITY_FLAG_CODES = new Set(['nik_birth_date_mismatch', 'nik_sex_mismatch', 'nik_unknown_region']);

/**
 * Writes one batch inside the caller's transaction: residents through the one write path, its error rows,
 * and the job's counts and checkpoint. Returns the job as it now stands in that transaction.
 */
export async function writeBatch(
  trx: Kysely<Database>,
  writer: ResidentWriter,
  job: ImportJobRow,
  batch: ParsedRow<ResidentRecord>[] | ParsedRow<StatusUpdateRecord>[],
  kind: 'residents' | 'status',
  bytesDone: number,
  /** Residents: the rows read, of which `applied` were set aside unparsed and `batch` is the rest parsed. */
  read?: Pick<AppliedRows, 'applied' | 'digests'> & { rows: number; lastLine: number },
): Promise<ImportJobRow> {
  const writes: ResidentWrite[] = [];
  const errors: Insertable<ImportErrorsTable>[] = [];
  let badRows = 0;
  const nameOfLine = new Map<number, string>();
  for (const row of batch) {
    if (!row.ok) {
      badRows++;
      errors.push(...errorRowsOf(job.id, row));
      continue;
    }
    if (kind === 'residents') {
      const record = row.record as ResidentRecord;
      nameOfLine.set(row.line, record.fullName);
      const flags = row.warnings.filter((w) => QUALITY_FLAG_CODES.has(w.code)).map((w) => w.code);
      const write: ResidentWrite = { kind: 'upsert', record, qualityFlags: flags, line: row.line };
      const digest = read?.digests.get(row.line);
      if (digest !== undefined) write.digest = digest;
      writes.push(write);
    } else {
      const s = row.record as StatusUpdateRecord;
      writes.push({
        kind: 'patch',
        nik: s.nik,
        line: row.line,
        patch: statusPatch(s),
      });
    }
  }

  // A batch whose every row was applied before (line-digest.ts) has nothing for the write path.
  const outcome: WriteOutcome =
    writes.length === 0
      ? NOTHING_WRITTEN
      : await writer.apply(writes, {
          source: 'import',
          actor: job.user_id && job.username ? { id: job.user_id, username: job.username } : null,
          ip: null,
          scope: job.scope_code,
          importJobId: job.id,
          audit: 'batch',
          enforceTransitions: kind === 'status',
        });
  for (const r of outcome.rejected) {
    for (const d of r.details ?? [r]) {
      errors.push({
        job_id: job.id,
        line: r.line ?? 0,
        column_name: siakColumnOf(d.field),
        code: d.code,
        params: JSON.stringify(d.params),
        raw: null,
        // A NIK unknown or outside the scope is answered like nobody (the line finds it in the file);
        // any other refusal concerns a resident in scope, named so staff can find the row in SIAK.
        ...(HIDDEN_WHO.has(r.code)
          ? { nik: null, full_name: null }
          : { nik: r.nik, full_name: r.fullName ?? nameOfLine.get(r.line ?? 0) ?? null }),
      });
    }
  }
  errors.sort((a, b) => a.line - b.line);
  await insertImportErrors(trx, errors);
  const progress = {
    rows_done: job.rows_done + (read?.rows ?? batch.length),
    last_line: read?.lastLine ?? (batch.at(-1) as ParsedRow<ResidentRecord | StatusUpdateRecord>).line,
    rows_inserted: job.rows_inserted + outcome.inserted,
    rows_updated: job.rows_updated + outcome.updated,
    rows_unchanged: job.rows_unchanged + outcome.unchanged + (read?.applied ?? 0),
    rows_rejected: job.rows_rejected + badRows + outcome.rejected.length,
    bytes_done: Math.max(job.bytes_done, bytesDone),
  };
  await updateJob(trx, job.id, progress);
  return { ...job, ...progress };
}

/**
 * A status row as a patch. An empty date or place in the extract means "not given", not "erase what Sigap
 * knows" — except on a move back to UNREGISTERED: the old capture failed and no longer counts, so its
 * date and place go (the history keeps them), or the resident would hold a date for a step not taken.
 */
function statusPatch(s: StatusUpdateRecord): ResidentPatch {
  if (s.recordingStatus === 'UNREGISTERED')
    return { recordingStatus: s.recordingStatus, recordingDate: null, recordingPlace: null };
  return {
    recordingStatus: s.recordingStatus,
    ...(s.recordingDate !== null && { recordingDate: s.recordingDate }),
    ...(s.recordingPlace !== null && { recordingPlace: s.recordingPlace }),
  };
}

const NOTHING_WRITTEN: WriteOutcome = { inserted: 0, updated: 0, unchanged: 0, rejected: [] };

const HIDDEN_WHO = new Set<string>(['resident_not_found', 'out_of_scope']);

/** The extract column a refusal names, so the error file points at the cell to fix in SIAK. */
const SIAK_COLUMN_OF: Record<string, string> = {
  recordingStatus: 'STATUS_REKAM',
  recordingDate: 'TGL_REKAM',
  printStatus: 'STATUS_CETAK',
  printedDate: 'TGL_CETAK',
  handedOverDate: 'TGL_SERAH',
  ikdActivatedDate: 'TGL_IKD',
  lifeStatus: 'TGL_MATI/TGL_PINDAH',
  lifeStatusDate: 'TGL_MATI/TGL_PINDAH',
};

function siakColumnOf(field: string | undefined): string {
  return (field && SIAK_COLUMN_OF[field]) || 'NIK';
}
