/**
 * One measured import in its own process, so that its peak memory (maxRSS) is its own. Prints one JSON
 * line: { rows, seconds, maxRssMb, inserted, unchanged }.
 */
import { openAndPrepare } from '../../packages/server/src/bootstrap';
import { loadConfig } from '../../packages/server/src/config';
import { runImportHere } from '../../packages/server/src/modules/imports/import-in-process';
import { createImportJob } from '../../packages/server/src/modules/imports/imports.service';
import { describeLocalFile } from '../../packages/server/src/modules/imports/uploads';

const file = process.argv[2];
if (!file) throw new Error('usage: import-child <file>');
const { handle } = await openAndPrepare(loadConfig());
const upload = await describeLocalFile(file);
const started = performance.now();
const id = await createImportJob(
  handle,
  upload,
  { kind: 'residents' },
  { userId: null, scope: 'ID' },
  '2024-11-15',
);
const job = await runImportHere(handle, id);
const seconds = (performance.now() - started) / 1000;
await handle.close();
console.log(
  JSON.stringify({
    rows: job.rows_done,
    seconds,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    inserted: job.rows_inserted,
    unchanged: job.rows_unchanged,
    status: job.status,
  }),
);
