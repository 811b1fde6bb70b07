import { readFileSync } from 'node:fs';
import { ColumnMappingInput } from '@sigap/contracts';
import { formatNumber, NATIONAL_CODE } from '@sigap/domain';
import type { Command } from 'commander';
import type { Db } from '../db/connect';
import { parseOrThrow } from '../http/validation';
import {
  createImportJob,
  describeLocalFile,
  findUnfinishedImportOf,
  runImportHere,
  storedMessage,
} from '../modules/imports';
import { registerSuketLifecycle } from '../modules/sukets';
import { progressBar } from './progress-bar';

type WithDb = <T>(work: (handle: Db) => Promise<T>) => Promise<T>;

/** `--mapping` is JSON text or a path to a JSON file: {"NAMA_LGKP": "Nama Penduduk", ...}. */
function readMapping(value: string | undefined) {
  if (!value) return undefined;
  const text = value.trim().startsWith('{') ? value : readFileSync(value, 'utf8');
  return parseOrThrow(ColumnMappingInput, JSON.parse(text));
}

export function registerImportCommand(program: Command, withDb: WithDb): void {
  program
    .command('import <file>')
    .description(
      'import a SIAK extract (CSV or XLSX) through the job queue, run here; an interrupted import of the same file resumes',
    )
    .option('--kind <kind>', 'residents (full extract) or status (status update)', 'residents')
    .option('--mapping <json|file>', 'column mapping for other layouts, e.g. {"NAMA_LGKP":"Nama"}')
    .option('--scope <code>', 'only rows inside this region are written', NATIONAL_CODE)
    .option(
      '--reference-date <YYYY-MM-DD>',
      'judge dates against this day (default: today; a resume keeps the first run’s)',
    )
    .action(
      async (file: string, o: { kind: string; mapping?: string; scope: string; referenceDate?: string }) => {
        if (o.kind !== 'residents' && o.kind !== 'status')
          throw new Error('--kind must be residents or status');
        const kind = o.kind;
        // As in the server: a printed or departed holder's suket ends, and the suket counters follow holders.
        registerSuketLifecycle();
        const mapping = readMapping(o.mapping);
        const upload = await describeLocalFile(file);
        const job = await withDb(async (handle) => {
          const unfinished = await findUnfinishedImportOf(handle, {
            fileHash: upload.sha256,
            kind,
            scope: o.scope,
          });
          const id =
            unfinished ??
            (await createImportJob(
              handle,
              upload,
              { kind, mapping },
              { userId: null, scope: o.scope },
              o.referenceDate,
            ));
          if (unfinished)
            console.error(`Melanjutkan impor #${id} yang terputus / resuming interrupted import #${id}`);
          const bar = progressBar(`Impor #${id}`);
          const show = (j: { bytes_total: number; bytes_done: number; rows_done: number }) =>
            bar.update(
              j.bytes_total ? j.bytes_done / j.bytes_total : 0,
              `${formatNumber(j.rows_done)} baris`,
            );
          let waiting = false;
          const done = await runImportHere(handle, id, {
            onProgress: show,
            onWait: (j) => {
              if (!waiting)
                console.error(
                  `Impor #${id} sedang dijalankan proses lain atau menunggu giliran; menunggu / import #${id} is held by another process or waits for its retry; waiting`,
                );
              waiting = true;
              show(j);
            },
          });
          bar.update(1, `${formatNumber(done.rows_done)} baris`);
          bar.done();
          return done;
        });
        const outcome = storedMessage(job.message_code, job.message_params, {
          message: job.legacy_message,
          messageEn: job.legacy_message_en,
        });
        const seconds = job.finished_at
          ? (new Date(job.finished_at).getTime() - new Date(job.started_at).getTime()) / 1000
          : 0;
        console.log(
          [
            `Impor #${job.id} ${job.status}: ${formatNumber(job.rows_done)} baris dalam ${seconds.toFixed(1)} dtk`,
            `  baru ${formatNumber(job.rows_inserted)}, diperbarui ${formatNumber(job.rows_updated)}, tidak berubah ${formatNumber(job.rows_unchanged)}, ditolak ${formatNumber(job.rows_rejected)}`,
            outcome.message ? `  ${outcome.message} / ${outcome.messageEn}` : '',
          ]
            .filter(Boolean)
            .join('\n'),
        );
        if (job.status !== 'done') process.exitCode = 1;
      },
    );
}
