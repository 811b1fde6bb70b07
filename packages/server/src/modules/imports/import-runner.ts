import { createReadStream } from 'node:fs';
import { Transform } from 'node:stream';
import { isWithinScope, type ResidentRecord, type StatusUpdateRecord } from '@sigap/domain';
import type { Insertable } from 'kysely';
import type { Db } from '../../db/connect';
import type { ImportErrorsTable } from '../../db/schema';
import { withinScope } from '../../db/scope-filter';
import { AppError } from '../../errors';
import { applyResidentWrites } from '../residents/resident-write.service';
import type { ResidentWrite } from '../residents/resident-write.types';
import {
  findEarlierDoneJob,
  findJob,
  type ImportJobRow,
  insertImportErrors,
  updateJob,
} from './import-jobs.repository';
import { type ColumnMapping, type ParsedRow, parseImportFile } from './parse';

/** Rows per committed batch: big enough to amortise a transaction, small enough to bound memory. */
export const DEFAULT_BATCH_SIZE = Number(process.env.SIGAP_IMPORT_BATCH ?? 5000);

/** Warnings that travel with the resident as data-quality flags. */
const QUALITY_FLAG_CODES = new Set(['nik_birth_date_mismatch', 'nik_sex_mismatch', 'nik_unknown_region']);

type AnyRow = ParsedRow<ResidentRecord> | ParsedRow<StatusUpdateRecord>;

export interface RunOptions {
  batchSize?: number;
  onProgress?: (job: ImportJobRow) => void;
  /** Calendar day the rows are judged against (dates may not be later). Defaults to today in WIB. */
  referenceDate?: string;
}

function officeToday(): string {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
}

async function villagesIn(handle: Db, scope: string): Promise<Set<string>> {
  const rows = await handle.db
    .selectFrom('regions')
    .select('code')
    .where('level', '=', 'village')
    .where(withinScope('code', scope))
    .execute();
  return new Set(rows.map((r) => r.code));
}

/** Counts bytes as the parser pulls them, for a progress figure that works for CSV and XLSX alike. */
function byteCounter(onBytes: (n: number) => void): Transform {
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      onBytes(chunk.length);
      done(null, chunk);
    },
  });
}

/**
 * Runs (or resumes) one import job. Each batch is one transaction: the residents through the one write
 * path, the batch's error rows, and the job's checkpoint (`last_line`) and counts. A killed process
 * therefore leaves whole batches only, and the next run skips every line up to the checkpoint, ending in
 * exactly the state and counts of an uninterrupted run.
 */
export async function runImportJob(
  handle: Db,
  jobId: number,
  options: RunOptions = {},
): Promise<ImportJobRow> {
  const start = await findJob(handle.db, jobId);
  if (!start) throw new Error(`import job ${jobId} not found`);
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const scope = start.scope_code;
  const kind = start.kind === 'status' ? 'status' : 'residents';
  let job: ImportJobRow = start;
  let bytesRead = 0;
  await updateJob(handle.db, jobId, { status: 'running', heartbeat_at: new Date().toISOString() });

  const stream = createReadStream(start.file_path).pipe(byteCounter((n) => (bytesRead += n)));
  const common = {
    referenceDate: options.referenceDate ?? officeToday(),
    knownVillages: kind === 'residents' ? await villagesIn(handle, scope) : undefined,
    inScope: (v: string) => isWithinScope(scope, v),
    mapping: start.mapping ? (JSON.parse(start.mapping) as ColumnMapping) : undefined,
  };
  const rows: AsyncIterable<AnyRow> =
    kind === 'residents'
      ? parseImportFile({ stream, fileName: start.file_name }, { ...common, kind: 'residents' })
      : parseImportFile({ stream, fileName: start.file_name }, { ...common, kind: 'status' });

  const commit = async (batch: AnyRow[]) => {
    if (batch.length === 0) return;
    job = await commitBatch(handle, job, batch, kind, Math.min(bytesRead, start.bytes_total));
    options.onProgress?.(job);
  };
  try {
    let batch: AnyRow[] = [];
    for await (const row of rows) {
      if (row.line <= start.last_line) continue; // committed before an interruption
      batch.push(row);
      if (batch.length >= batchSize) {
        await commit(batch);
        batch = [];
      }
    }
    await commit(batch);
    await finish(handle, job);
  } catch (err) {
    const e = err instanceof AppError ? err : null;
    await updateJob(handle.db, jobId, {
      status: 'failed',
      finished_at: new Date().toISOString(),
      message: e?.messageId ?? 'Impor gagal karena kesalahan server.',
      message_en: e?.messageEn ?? `Import failed: ${err instanceof Error ? err.message : String(err)}`,
    });
    if (!e) throw err;
  }
  return (await findJob(handle.db, jobId)) as ImportJobRow;
}

async function commitBatch(
  handle: Db,
  job: ImportJobRow,
  batch: AnyRow[],
  kind: 'residents' | 'status',
  bytesDone: number,
): Promise<ImportJobRow> {
  const writes: ResidentWrite[] = [];
  const errors: Insertable<ImportErrorsTable>[] = [];
  let badRows = 0;
  for (const row of batch) {
    if (!row.ok) {
      badRows++;
      for (const i of row.issues) {
        errors.push({
          job_id: job.id,
          line: i.line,
          column_name: i.column,
          code: i.code,
          message: i.message,
          message_en: i.messageEn,
          raw: null,
        });
      }
      continue;
    }
    if (kind === 'residents') {
      const record = row.record as ResidentRecord;
      const flags = row.warnings.filter((w) => QUALITY_FLAG_CODES.has(w.code)).map((w) => w.code);
      writes.push({ kind: 'upsert', record, qualityFlags: flags, line: row.line });
    } else {
      const s = row.record as StatusUpdateRecord;
      writes.push({
        kind: 'patch',
        nik: s.nik,
        line: row.line,
        // An empty date or place in the extract means "not given", not "erase what Sigap knows".
        patch: {
          recordingStatus: s.recordingStatus,
          ...(s.recordingDate !== null && { recordingDate: s.recordingDate }),
          ...(s.recordingPlace !== null && { recordingPlace: s.recordingPlace }),
        },
      });
    }
  }
  const last = batch.at(-1) as AnyRow;
  const now = new Date().toISOString();
  await handle.db.transaction().execute(async (trx) => {
    const outcome = await applyResidentWrites(
      trx,
      handle.engine,
      writes,
      {
        source: 'import',
        actor: job.user_id && job.username ? { id: job.user_id, username: job.username } : null,
        ip: null,
        scope: job.scope_code,
        importJobId: job.id,
        audit: 'batch',
        enforceTransitions: kind === 'status',
      },
      handle.sqlite,
    );
    for (const r of outcome.rejected) {
      errors.push({
        job_id: job.id,
        line: r.line ?? 0,
        column_name: 'NIK',
        code: r.code,
        message: r.message,
        message_en: r.messageEn,
        raw: null,
      });
    }
    errors.sort((a, b) => a.line - b.line);
    await insertImportErrors(trx, errors);
    await updateJob(trx, job.id, {
      rows_done: job.rows_done + batch.length,
      last_line: last.line,
      rows_inserted: job.rows_inserted + outcome.inserted,
      rows_updated: job.rows_updated + outcome.updated,
      rows_unchanged: job.rows_unchanged + outcome.unchanged,
      rows_rejected: job.rows_rejected + badRows + outcome.rejected.length,
      bytes_done: Math.max(job.bytes_done, bytesDone),
      heartbeat_at: now,
    });
  });
  return (await findJob(handle.db, job.id)) as ImportJobRow;
}

async function finish(handle: Db, job: ImportJobRow): Promise<void> {
  const changed = job.rows_inserted + job.rows_updated;
  const earlier = changed === 0 ? await findEarlierDoneJob(handle.db, job) : undefined;
  let message: string | null = null;
  let messageEn: string | null = null;
  if (earlier) {
    message = `Berkas ini sama dengan impor #${earlier.id}; tidak ada data yang berubah.`;
    messageEn = `This file is the same as import #${earlier.id}; nothing changed.`;
  } else if (changed === 0 && job.rows_done > 0) {
    message = 'Tidak ada perubahan: semua baris sudah sama dengan data di Sigap.';
    messageEn = 'No changes: every row already matches the data in Sigap.';
  }
  await updateJob(handle.db, job.id, {
    status: 'done',
    bytes_done: job.bytes_total,
    finished_at: new Date().toISOString(),
    message,
    message_en: messageEn,
  });
}
