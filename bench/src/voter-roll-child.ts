/**
 * The voter-roll cross-check bench, in two processes so the measured one's peak memory is its own.
 * `setup` imports the SIAK file as the registry and writes a roll of the same residents with a few rows of
 * each problem (unknown NIK, birth date off by a day, duplicate line). `check` imports that roll twice
 * through the import machinery: as the cross-check (staged, then classified set-based with the reverse
 * set), and as the baseline (staged the same way, then a plain join of the staged roll with residents,
 * materialised: the joined rows, and apart the ids alone). Each prints one JSON line.
 */

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { addDays, buildNik } from '@sigap/domain';
import { sql } from 'kysely';
import { openAndPrepare } from '../../packages/server/src/bootstrap';
import { loadConfig } from '../../packages/server/src/config';
import { ensureElections } from '../../packages/server/src/modules/elections';
import type { ImportSink, VoterRollRecord } from '../../packages/server/src/modules/imports';
import { runImportHere } from '../../packages/server/src/modules/imports/import-in-process';
import { createImportJob } from '../../packages/server/src/modules/imports/imports.service';
import { describeLocalFile } from '../../packages/server/src/modules/imports/uploads';
import { voterRollSink } from '../../packages/server/src/modules/voter-rolls';
import {
  findRollOfJob,
  insertRoll,
  insertRollRows,
} from '../../packages/server/src/modules/voter-rolls/voter-rolls.repository';

const siakFile = process.argv[2] ?? '';
const mode = process.argv[3];
if (!siakFile || (mode !== 'setup' && mode !== 'check')) {
  throw new Error('usage: voter-roll-child <siak-file> setup|check');
}
const config = loadConfig();
const { handle } = await openAndPrepare(config);
const rollFile = path.join(config.dataDir, 'dpt-bench.csv');
if (mode === 'setup') {
  console.log(JSON.stringify({ written: await writeRegistryAndRoll() }));
  await handle.close();
  process.exit(0);
}

/** Setup, in a process of its own so the cross-check's peak memory is its own: the registry, then the roll file. */
async function writeRegistryAndRoll(): Promise<number> {
  const registry = await createImportJob(
    handle,
    await describeLocalFile(siakFile),
    { kind: 'residents' },
    { userId: null, scope: 'ID' },
    '2024-11-15',
  );
  await runImportHere(handle, registry);

  // The roll: every resident of the registry, in id order, with 1 % unknown NIKs, 1 % birth dates a day off
  // and 1 % duplicated lines.
  const out = createWriteStream(rollFile);
  out.write('NIK,NAMA,TANGGAL_LAHIR,JENIS_KELAMIN,ALAMAT,TPS\n');
  let rows = 0;
  let after = 0;
  for (;;) {
    const page = await handle.db
      .selectFrom('residents')
      .select(['id', 'nik', 'full_name', 'birth_date', 'sex'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(10_000)
      .execute();
    for (const r of page) {
      const n = Number(r.id);
      const nik =
        n % 100 === 1
          ? buildNik({
              districtCode: '18.71.01',
              birthDate: addDays('1950-01-01', Math.floor(n / 100) % 20_000),
              sex: 'L',
              serial: 9999,
            })
          : r.nik;
      const birth = n % 100 === 2 ? addDays(r.birth_date, 1) : r.birth_date;
      const line = `${nik},"${r.full_name}",${birth},${r.sex},JL. BENCH,${String(n % 500).padStart(3, '0')}\n`;
      if (!out.write(n % 100 === 3 ? line + line : line)) await once(out, 'drain');
      rows += n % 100 === 3 ? 2 : 1;
    }
    const last = page.at(-1);
    if (!last) break;
    after = Number(last.id);
  }
  out.end();
  await once(out, 'finish');
  return rows;
}

await ensureElections(handle, [
  { name: 'Pemilu Bench', kind: 'pemilu', votingDate: '2029-02-14', regionCodes: ['ID'] },
]);
const election = await handle.db
  .selectFrom('elections')
  .select('id')
  .where('name', '=', 'Pemilu Bench')
  .executeTakeFirstOrThrow();

/** Imports the roll file as a new roll through the import machinery with `sink`; answers its id, row count and seconds. */
async function importRoll(sink: ImportSink<VoterRollRecord>) {
  let rollId = 0;
  const job = await createImportJob(
    handle,
    await describeLocalFile(rollFile),
    { kind: 'voter_roll' },
    { userId: null, scope: '18' },
    '2026-01-01',
    async (trx, importJobId) => {
      rollId = await insertRoll(trx, {
        import_job_id: importJobId,
        election_id: Number(election.id),
        region_code: '18',
        name: 'DPT bench',
        classified_at: null,
        created_by: null,
        created_at: new Date().toISOString(),
      });
    },
  );
  const t = performance.now();
  const done = await runImportHere(handle, job, { sinks: { voter_roll: sink } });
  if (done.status !== 'done') throw new Error(`roll import ${done.status}`);
  return { rollId, rows: done.rows_done, seconds: (performance.now() - t) / 1000 };
}

// The cross-check: the rows staged in batches, then classified set-based with the reverse set (finish).
let finishSeconds = 0;
const checked = await importRoll({
  ...voterRollSink,
  finish: async (h, j) => {
    const t = performance.now();
    await voterRollSink.finish(h, j);
    finishSeconds = (performance.now() - t) / 1000;
  },
});
// The baseline: the same import staging the rows as they are, then a plain join of the staged roll with
// residents, materialised (the cross-check writes its result too).
let joinSeconds = 0;
let idJoinSeconds = 0;
const plain = await importRoll({
  stage: async (trx, job, rows) => {
    const roll = await findRollOfJob(trx, job.id);
    if (!roll) throw new Error('no roll');
    await insertRollRows(
      trx,
      rows.map(({ line, record }) => ({
        roll_id: roll.id,
        line,
        nik: record.nik,
        full_name: record.fullName,
        birth_date: record.birthDate,
        sex: record.sex,
        address: record.address,
        tps: record.tps,
        resident_id: null,
        region_code: roll.region_code,
        class: null,
      })),
    );
  },
  finish: async (h, j) => {
    const roll = await findRollOfJob(h.db, j.id);
    // The plain join: each staged line with its resident's row, materialised. A cross-check has to read
    // both rows to compare them, so this is the ceiling it is held to. The ids-only join is timed too: it
    // answers from the two NIK indexes alone and reads neither table, a floor no comparison can reach.
    const t = performance.now();
    await sql`create table plain_join as select v.*, r.*
      from voter_roll_rows v join residents r on r.nik = v.nik where v.roll_id = ${roll?.id ?? 0}`.execute(
      h.db,
    );
    joinSeconds = (performance.now() - t) / 1000;
    const u = performance.now();
    await sql`create table plain_id_join as select v.id as row_id, r.id as resident_id
      from voter_roll_rows v join residents r on r.nik = v.nik where v.roll_id = ${roll?.id ?? 0}`.execute(
      h.db,
    );
    idJoinSeconds = (performance.now() - u) / 1000;
  },
});
const classes = await handle.db
  .selectFrom('voter_roll_rows')
  .select(['class', (eb) => eb.fn.countAll<number>().as('n')])
  .where('roll_id', '=', checked.rollId)
  .groupBy('class')
  .execute();
await handle.close();
console.log(
  JSON.stringify({
    rows: checked.rows,
    checkSeconds: checked.seconds,
    finishSeconds,
    // The ids-only join is timed for the record, not part of the baseline import.
    plainSeconds: plain.seconds - idJoinSeconds,
    joinSeconds,
    idJoinSeconds,
    classes: Object.fromEntries(classes.map((c) => [c.class, Number(c.n)])),
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
