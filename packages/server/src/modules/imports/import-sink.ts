import type { Insertable, Kysely } from 'kysely';
import type { Db } from '../../db/connect';
import type { Database, ImportErrorsTable } from '../../db/schema';
import type { ImportJobKind } from '../../db/stored-codes';
import { errorRowsOf, type ImportJobRow, insertImportErrors, updateJob } from './import-jobs.repository';
import type { ParsedRow, VoterRollRecord } from './parse';

/**
 * An import kind whose rows are not registry facts but are staged by another module (a voter roll): the
 * import machinery still uploads, parses, batches, checkpoints and reports bad rows by line; the sink
 * decides where good rows go and what happens once the last batch is in. Sinks are handed to the import
 * job's handler by the composition root (job-handlers.ts), so this module never imports the module.
 */
export interface ImportSink<R> {
  /** Writes one batch's good rows inside the import's transaction (the same one as its checkpoint). */
  stage(trx: Kysely<Database>, job: ImportJobRow, rows: { line: number; record: R }[]): Promise<void>;
  /**
   * Runs after the last batch committed and before the import is marked done; must be idempotent (a run
   * killed here is resumed: every line is past the checkpoint, so only this runs again).
   */
  finish(handle: Db, job: ImportJobRow): Promise<void>;
}

/** The record type each staged kind parses to. */
export interface StagedKinds {
  voter_roll: VoterRollRecord;
}
export type StagedKind = keyof StagedKinds & ImportJobKind;
export type ImportSinks = { [K in StagedKind]?: ImportSink<StagedKinds[K]> };

export function isStagedKind(kind: ImportJobKind): kind is StagedKind {
  return kind === 'voter_roll';
}

/** One batch of a staged kind: bad rows to `import_errors`, good rows to the sink, then the checkpoint. */
export async function stageBatch<R>(
  trx: Kysely<Database>,
  sink: ImportSink<R>,
  job: ImportJobRow,
  batch: ParsedRow<R>[],
  bytesDone: number,
): Promise<ImportJobRow> {
  const errors: Insertable<ImportErrorsTable>[] = [];
  const good: { line: number; record: R }[] = [];
  for (const row of batch) {
    if (row.ok) {
      good.push({ line: row.line, record: row.record });
      continue;
    }
    errors.push(...errorRowsOf(job.id, row));
  }
  await sink.stage(trx, job, good);
  await insertImportErrors(trx, errors);
  const last = batch.at(-1);
  const progress = {
    rows_done: job.rows_done + batch.length,
    last_line: last ? last.line : job.last_line,
    rows_inserted: job.rows_inserted + good.length,
    rows_rejected: job.rows_rejected + (batch.length - good.length),
    bytes_done: Math.max(job.bytes_done, bytesDone),
  };
  await updateJob(trx, job.id, progress);
  return { ...job, ...progress };
}
