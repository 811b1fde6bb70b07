import { isWithinScope, officeToday, type ResidentRecord, type StatusUpdateRecord } from '@sigap/domain';
import type { Kysely } from 'kysely';
import type { Db } from '../../db/connect';
import type { Database } from '../../db/schema';
import { type CommitLimits, writeInGroupedTransactions } from '../residents';
import { writeBatch } from './import-batch-write';
import { type AnyRow, batchesOf, rowChars, sourceRowChars } from './import-batches';
import {
  findEarlierDoneJob,
  type ImportJobRow,
  updateJob,
  villageCodesWithin,
} from './import-jobs.repository';
import { type ImportSinks, isStagedKind, stageBatch } from './import-sink';
import { importErrors } from './imports.errors';
import { jobMessage } from './imports.messages';
import { digestsOf, lineDigester, setAsideAppliedRows } from './line-digest';
import {
  type ColumnMapping,
  type FileRowParser,
  type ParsedRow,
  parseImportFile,
  readResidentRowBatches,
  type SourceRow,
} from './parse';
import { assertUploadUnchanged } from './uploads';

/**
 * Rows per call of the write path: big enough to amortise its lookups, small enough to bound memory. The
 * engine says how many (`importBatchRows`); the environment variable overrides it (tests, tuning).
 */
const BATCH_SIZE_OVERRIDE = process.env.SIGAP_IMPORT_BATCH
  ? Number(process.env.SIGAP_IMPORT_BATCH)
  : undefined;

export interface RunOptions {
  batchSize?: number;
  /** Upper bounds of one transaction (see grouped-transactions.ts). */
  commitLimits?: CommitLimits;
  /** After each commit, with the counts committed so far; awaited before the next transaction opens. */
  onProgress?: (job: ImportJobRow) => void | Promise<void>;
  /** Calendar day the rows are judged against (dates may not be later). Defaults to today on the clock of the import's scope. */
  referenceDate?: string;
  /** Where the rows of staged kinds (a voter roll) go; see import-sink.ts. */
  sinks?: ImportSinks;
}

/** What the job running the import adds: whether this is a resumed run, and its lease. */
export interface RunControl {
  /** An earlier run of this import read the file: it must be the very file that run read. */
  resumed: boolean;
  /** Runs inside every transaction before it commits; throws (rolling the batches back) if the lease was lost. */
  guard: (trx: Kysely<Database>) => Promise<void>;
  /** Checked before each batch is read: throws to stop at a whole-batch boundary (the worker is stopping). */
  checkpoint: () => void;
}

/**
 * Runs (or resumes) one import. Each batch writes, in the transaction that holds it, the residents through
 * the one write path, the batch's error rows, and the import's checkpoint (`last_line`) and counts; a
 * transaction holds whole batches only (grouped-transactions.ts) and commits only while this run still holds
 * the job's lease (`control.guard`). A killed process therefore leaves whole batches only, and the next run
 * skips every line up to the checkpoint, ending in exactly the state and counts of an uninterrupted run.
 * Returns the finished row; a failure is thrown for the job handler (import-job.ts) to record.
 */
export async function runImportFile(
  handle: Db,
  start: ImportJobRow,
  options: RunOptions,
  control: RunControl,
): Promise<ImportJobRow> {
  const batchSize = options.batchSize ?? BATCH_SIZE_OVERRIDE ?? handle.store.importBatchRows;
  const scope = start.scope_code;
  const kind = start.kind;
  let job: ImportJobRow = start;
  let bytesRead = 0;
  await updateJob(handle.db, start.id, { status: 'running' });
  // A resumed job reads the file again from the top: it must be the very file the first run read.
  if (control.resumed) await assertUploadUnchanged(start.file_path, start.file_hash);
  const source = { path: start.file_path, onBytes: (n: number) => (bytesRead += n) };
  const common = {
    // The scope's clock: an NTB import at 00:30 WITA accepts rows dated that new day (a national scope, WIB).
    referenceDate: options.referenceDate ?? officeToday(scope),
    knownVillages: kind === 'residents' ? await villageCodesWithin(handle.db, scope) : undefined,
    inScope: (v: string) => isWithinScope(scope, v),
    mapping: start.mapping ? (JSON.parse(start.mapping) as ColumnMapping) : undefined,
  };
  if (isStagedKind(kind)) {
    // A staged kind's rows are not the registry's: no village list, no scope filter on the rows.
    const sink = options.sinks?.[kind];
    if (!sink) throw importErrors.kindNotAvailable(kind);
    const staged = parseImportFile(source, { referenceDate: common.referenceDate, kind });
    await writeInGroupedTransactions(
      handle,
      batchesOf(staged, batchSize, start.last_line, control.checkpoint, rowChars),
      async (batch, _writer, trx) => {
        await control.guard(trx);
        job = await stageBatch(trx, sink, job, batch, Math.min(Math.round(bytesRead), start.bytes_total));
      },
      () => options.onProgress?.(job),
      options.commitLimits,
    );
    control.checkpoint();
    await sink.finish(handle, job);
    return finish(handle, job);
  }
  const bytesDone = () => Math.min(Math.round(bytesRead), start.bytes_total);
  if (kind === 'residents') {
    // Rows applied before are recognised from their text and skipped unparsed (line-digest.ts).
    let parser: FileRowParser<ResidentRecord> | undefined;
    let digestOf: ((row: SourceRow) => string) | undefined;
    const known = common.knownVillages ?? new Set<string>();
    const accepts = (village: string) => known.has(village) && common.inScope(village);
    // While the file repeats what is stored (its last batch was nearly all unchanged), each batch's digests
    // are looked up first and only the rest is parsed, in the engine's smaller `appliedBatchRows`. Otherwise
    // a batch is parsed as it is read, while the one before it is being written (on PostgreSQL the parse of
    // the next batch overlaps the database's work; parsing after the lookup instead made a first import of
    // 200,000 rows 13–19 % slower), and its unchanged rows are found by the write path.
    let repeating = true;
    const raw = async function* () {
      for await (const b of readResidentRowBatches(source, { ...common, kind: 'residents' })) {
        parser = b.parser;
        yield* b.rows;
      }
    };
    const size = () => (repeating ? Math.min(batchSize, handle.store.appliedBatchRows) : batchSize);
    const prepared = async function* () {
      for await (const rows of batchesOf(raw(), size, start.last_line, control.checkpoint, sourceRowChars)) {
        const fileParser = parser as FileRowParser<ResidentRecord>;
        digestOf ??= lineDigester(fileParser.layout, common.referenceDate);
        const lastLine = (rows.at(-1) as SourceRow).line;
        // A batch parsed here keeps its parsed rows only: holding the text rows too, until the batch is
        // written, doubled what the young generation's collections copy.
        yield repeating
          ? { rows, length: rows.length, lastLine }
          : {
              length: rows.length,
              lastLine,
              parsed: fileParser.parse(rows),
              digests: digestsOf(rows, digestOf),
            };
      }
    };
    await writeInGroupedTransactions(
      handle,
      prepared(),
      async (batch, writer, trx) => {
        await control.guard(trx);
        const fileParser = parser as FileRowParser<ResidentRecord>;
        const stored = (niks: readonly string[]) => writer.importDigests(niks, scope);
        const digest = digestOf as (row: SourceRow) => string;
        const read =
          batch.rows && (await setAsideAppliedRows(batch.rows, fileParser, digest, stored, accepts));
        const parsed = batch.parsed ?? fileParser.parse(read ? read.rest : []);
        const unchangedBefore = job.rows_unchanged;
        job = await writeBatch(trx, writer, job, parsed, kind, bytesDone(), {
          applied: read ? read.applied : 0,
          digests: read ? read.digests : (batch.digests ?? new Map()),
          rows: batch.length,
          lastLine: batch.lastLine,
        });
        repeating = job.rows_unchanged - unchangedBefore >= APPLIED_SHARE * batch.length;
      },
      () => options.onProgress?.(job),
      options.commitLimits,
    );
    return finish(handle, job);
  }
  const rows: AsyncIterable<AnyRow> = parseImportFile(source, { ...common, kind: 'status' });
  const batches = batchesOf(rows, batchSize, start.last_line, control.checkpoint, rowChars);
  await writeInGroupedTransactions(
    handle,
    batches,
    async (batch, writer, trx) => {
      await control.guard(trx);
      job = await writeBatch(trx, writer, job, batch as ParsedRow<StatusUpdateRecord>[], kind, bytesDone());
    },
    () => options.onProgress?.(job),
    options.commitLimits,
  );
  return finish(handle, job);
}

/** A batch whose rows were at least this share unchanged counts as repeating what is stored. */
const APPLIED_SHARE = 0.9;

/**
 * The job's end and the sentence it ends with. A file whose every row was refused failed: saying "no
 * changes, every row already matches" would send staff away believing SIAK and Sigap agree.
 */
async function finish(handle: Db, job: ImportJobRow): Promise<ImportJobRow> {
  const changed = job.rows_inserted + job.rows_updated;
  const allRefused = job.rows_done > 0 && job.rows_rejected === job.rows_done;
  const earlier = changed === 0 && !allRefused ? await findEarlierDoneJob(handle.db, job) : undefined;
  const outcome = allRefused
    ? jobMessage('job_all_rejected', String(job.rows_rejected))
    : earlier
      ? jobMessage('job_same_file', String(earlier.id))
      : changed === 0 && job.rows_rejected > 0
        ? jobMessage('job_nothing_saved', String(job.rows_rejected), String(job.rows_unchanged))
        : changed === 0 && job.rows_done > 0
          ? jobMessage('job_no_changes')
          : { message_code: null, message_params: null };
  const done = {
    status: allRefused ? ('failed' as const) : ('done' as const),
    bytes_done: job.bytes_total,
    finished_at: new Date().toISOString(),
    ...outcome,
  };
  await updateJob(handle.db, job.id, done);
  return { ...job, ...done };
}
