/**
 * The baseline of the SQLite import: the same rows, split naively and inserted with one prepared statement
 * into the same residents table, with no validation, history, counters or audit, committing as often as the
 * import does (DEFAULT_COMMIT_LIMITS.rows), so that the ratio measures the import's own work only.
 *
 * Every column the import stores from a file is stored here too, as the file spells it (an empty cell as
 * NULL), so both write rows of nearly the same size. Until session 18 this loop left out ten of them (the
 * stay permit, religion, occupation, phone, the date of death or move, the recording date and place, the
 * printed, handed-over and IKD dates) and wrote the print and life statuses as constants: 226 bytes of text
 * a row on average against the import's 282 (now 290: the file spells some values longer, `LAKI-LAKI` for
 * `L`). Only the import digest is the import's own work and stays out.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { openAndPrepare } from '../../packages/server/src/bootstrap';
import { loadConfig } from '../../packages/server/src/config';
import { openSqliteConnection } from '../../packages/server/src/db/connect';
import { SIAK_HEADER } from '../../packages/server/src/modules/generator/siak-file';
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
   stay_permit, village_code, address, religion, occupation, phone, life_status, life_status_date, recording_status,
   recording_date, recording_place, print_status, printed_date, handed_over_date, ikd_activated_date,
   created_at, updated_at)
   values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
);
// Each column's position in the bench's file (written by generator/siak-file.ts in SIAK_HEADER's order),
// found once so that the loop reads cells by index.
const at = Object.fromEntries(SIAK_HEADER.map((name, i) => [name, i])) as Record<
  (typeof SIAK_HEADER)[number],
  number
>;
const now = new Date().toISOString();
const started = performance.now();
let rows = 0;
let batch: string[][] = [];
// Named, so that a CPU profile tells the insert from the reading (profile-classes.ts).
const flush = db.transaction(function insertRows(b: string[][]) {
  for (const c of b) {
    const name = c[at.NAMA_LGKP] ?? '';
    const died = c[at.TGL_MATI] || null;
    const moved = c[at.TGL_PINDAH] || null;
    insert.run(
      c[at.NIK],
      c[at.NO_KK],
      name,
      name.toLowerCase(),
      c[at.JENIS_KLMIN],
      c[at.TMPT_LHR],
      c[at.TGL_LHR],
      c[at.STAT_KWN],
      c[at.KEWARGANEGARAAN],
      c[at.IZIN_TINGGAL] || null,
      c[at.KODE_DESA],
      c[at.ALAMAT],
      c[at.AGAMA] || null,
      c[at.PEKERJAAN] || null,
      c[at.NO_HP] || null,
      died ? 'DECEASED' : moved ? 'MOVED_OUT' : 'ALIVE',
      died ?? moved,
      c[at.STATUS_REKAM],
      c[at.TGL_REKAM] || null,
      c[at.TEMPAT_REKAM] || null,
      c[at.STATUS_CETAK],
      c[at.TGL_CETAK] || null,
      c[at.TGL_SERAH] || null,
      c[at.TGL_IKD] || null,
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
