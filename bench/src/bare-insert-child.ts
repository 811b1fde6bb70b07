/**
 * The baseline of the SQLite import: the same rows, split naively and inserted with one prepared statement
 * into the same residents table, with no validation, history, counters or audit, committing as often as the
 * import does (DEFAULT_COMMIT_LIMITS.rows), so that the ratio measures the import's own work only.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { openAndPrepare } from '../../packages/server/src/bootstrap';
import { loadConfig } from '../../packages/server/src/config';
import { openSqliteConnection } from '../../packages/server/src/db/connect';
import { DEFAULT_COMMIT_LIMITS } from '../../packages/server/src/modules/residents/grouped-transactions';

const file = process.argv[2];
if (!file) throw new Error('usage: bare-insert-child <file>');
const config = loadConfig();
if (config.database.engine !== 'sqlite') throw new Error('SQLite only');
// The schema through Sigap, then a raw connection of its own with the same settings as Sigap's.
await (await openAndPrepare(config)).handle.close();
const db = openSqliteConnection(config.database.file);
const insert = db.prepare(
  `insert into residents (nik, no_kk, full_name, name_search, sex, birth_place, birth_date, marital_status, citizenship,
   village_code, address, life_status, recording_status, print_status, created_at, updated_at)
   values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ALIVE', ?, 'NOT_PRINTED', ?, ?)`,
);
const now = new Date().toISOString();
const started = performance.now();
let rows = 0;
let batch: string[][] = [];
const flush = db.transaction((b: string[][]) => {
  for (const c of b) {
    insert.run(
      c[0],
      c[1],
      c[2],
      (c[2] ?? '').toLowerCase(),
      c[3],
      c[4],
      c[5],
      c[6],
      c[7],
      c[9],
      c[10],
      c[14],
      now,
      now,
    );
  }
});
let header = true;
for await (const line of createInterface({ input: createReadStream(file) })) {
  if (header) {
    header = false;
    continue;
  }
  batch.push(line.split(','));
  rows++;
  if (batch.length === DEFAULT_COMMIT_LIMITS.rows) {
    flush(batch);
    batch = [];
  }
}
flush(batch);
const seconds = (performance.now() - started) / 1000;
db.close();
console.log(JSON.stringify({ rows, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
