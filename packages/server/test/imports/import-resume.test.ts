import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildNik, type MaritalStatus, RECORDING_STATUSES, type ResidentRecord } from '@sigap/domain';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DATA_COLUMNS } from '../../src/modules/residents/resident-row';
import { REGION_DATA_DIR } from '../../src/server-paths';
import { REPO_ROOT } from '../helpers/cli';
import { createTestDatabase, databaseUrl, dropTestDatabase } from '../helpers/postgres';
import { buildResident } from '../helpers/resident-factory';
import { type SiakRow, siakRow, writeSiakCsv } from '../helpers/siak-csv';

/**
 * The kill test: an import killed with SIGKILL mid-file, then run again (through its job on the jobs table:
 * the second run waits for the dead run's lease to expire, then resumes), must end exactly where an
 * uninterrupted import of the same file ends — same residents, counters, errors and job counts — with
 * every resident created once. A transaction holds whole batches (three here), so the kill can only lose
 * whole batches.
 */

const ROWS = 30_000;
const BATCH = 1000;
/** Rows per transaction: three batches, so the test also covers a transaction of several batches. */
const COMMIT_ROWS = 3000;
const KILL_AFTER_ROWS = 3000;
const REFERENCE_DATE = '2026-01-01';
const TIMEOUT = 300_000;

type Row = Record<string, unknown>;

/** Real village codes of each district of Kota Bandar Lampung (18.71.01 … 18.71.20). */
function villagesByDistrict(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of readFileSync(path.join(REGION_DATA_DIR, 'villages.csv'), 'utf8').split(/\r?\n/)) {
    const code = line.split(',')[0] ?? '';
    if (!/^18\.71\.\d{2}\.\d{4}$/.test(code)) continue;
    const district = code.slice(0, 8);
    out.set(district, [...(out.get(district) ?? []), code]);
  }
  return out;
}

const MARITAL: MaritalStatus[] = ['BELUM_KAWIN', 'KAWIN', 'KAWIN', 'CERAI_HIDUP', 'CERAI_MATI'];
const two = (n: number) => String(n).padStart(2, '0');

/** A deterministic, varied resident: unique NIK per (district, serial), real village, every pipeline state. */
function resident(i: number, villages: Map<string, string[]>): ResidentRecord {
  const d = (i % 20) + 1;
  const district = `18.71.${two(d)}`;
  const inDistrict = villages.get(district) ?? [];
  const villageCode = inDistrict[Math.floor(i / 20) % inDistrict.length] as string;
  const birthDate = `${1940 + ((i * 7) % 80)}-${two((i % 12) + 1)}-${two((i % 28) + 1)}`;
  const sex = i % 2 === 0 ? 'L' : 'P';
  const recordingStatus = RECORDING_STATUSES[i % RECORDING_STATUSES.length] ?? 'UNREGISTERED';
  const prr = recordingStatus === 'PRINT_READY_RECORD';
  const wna = i % 97 === 0;
  const dead = i % 50 === 0;
  return buildResident({
    nik: buildNik({ districtCode: district, birthDate, sex, serial: Math.floor(i / 20) + 1 }),
    fullName: `WARGA ${i}`,
    sex,
    birthDate,
    villageCode,
    maritalStatus: MARITAL[i % MARITAL.length],
    citizenship: wna ? 'WNA' : 'WNI',
    stayPermit: wna ? (i % 2 === 0 ? 'KITAP' : 'KITAS') : null,
    recordingStatus,
    printStatus: prr && i % 3 === 0 ? 'PRINTED' : prr && i % 3 === 1 ? 'HANDED_OVER' : 'NOT_PRINTED',
    ikdActivatedDate: prr && i % 4 === 0 ? '2024-01-01' : null,
    lifeStatus: dead ? 'DECEASED' : i % 73 === 0 ? 'MOVED_OUT' : 'ALIVE',
    lifeStatusDate: dead || i % 73 === 0 ? '2021-06-30' : null,
  });
}

/** ~30,000 good rows with a few bad ones spread over several batches. */
function bigExtract(): (ResidentRecord | SiakRow)[] {
  const villages = villagesByDistrict();
  const rows: (ResidentRecord | SiakRow)[] = [];
  for (let i = 0; i < ROWS; i++) rows.push(resident(i, villages));
  const bad = (i: number, cells: Partial<SiakRow>): SiakRow => ({
    ...siakRow(resident(ROWS + i, villages)),
    ...cells,
  });
  rows.splice(500, 0, bad(1, { NIK: '18710112345' }));
  rows.splice(4_500, 0, bad(2, { TGL_LHR: '31-02-2001' }));
  rows.splice(12_000, 0, bad(3, { KODE_DESA: '18.71.01.9999' }));
  rows.splice(20_000, 0, bad(4, { JENIS_KLMIN: 'X' }));
  rows.splice(29_000, 0, bad(5, { NAMA_LGKP: '' }));
  return rows;
}

interface Target {
  env: Record<string, string>;
  reader(): Promise<Reader>;
}

interface Reader {
  all(query: string): Promise<Row[]>;
  close(): Promise<void>;
}

function sqliteTarget(dataDir: string): Target {
  const file = path.join(dataDir, 'sigap.db');
  return {
    env: { SIGAP_DATA_DIR: dataDir },
    reader: async () => {
      if (!existsSync(file)) throw new Error('database not created yet');
      const db = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
      return {
        all: async (query) => db.prepare(query).all() as Row[],
        close: async () => {
          db.close();
        },
      };
    },
  };
}

function postgresTarget(dataDir: string, url: string): Target {
  return {
    env: { SIGAP_DATA_DIR: dataDir, DATABASE_URL: url },
    reader: async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      return {
        all: async (query) => (await client.query(query)).rows as Row[],
        close: () => client.end(),
      };
    },
  };
}

/**
 * Starts the CLI as one node process with tsx's loader, so that the pid is the importing process itself
 * (`npx tsx` and `node_modules/.bin/tsx` both run the script in a child, which a SIGKILL would orphan).
 */
function startCli(args: string[], target: Target): { child: ChildProcess; done: Promise<CliRun> } {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SIGAP_IMPORT_BATCH: String(BATCH),
    SIGAP_COMMIT_ROWS: String(COMMIT_ROWS),
    ...target.env,
  };
  if (target.env.DATABASE_URL === undefined) delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', 'packages/server/src/cli/main.ts', ...args], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => {
    stdout += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const done = new Promise<CliRun>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs the import and SIGKILLs it once a committed checkpoint has passed `KILL_AFTER_ROWS`. */
async function importAndKill(file: string, target: Target): Promise<CliRun> {
  const { child, done } = startCli(['import', file, '--reference-date', REFERENCE_DATE], target);
  let exited = false;
  void done.then(() => {
    exited = true;
  });
  let reader: Reader | undefined;
  try {
    const deadline = Date.now() + 180_000;
    while (!exited && Date.now() < deadline) {
      try {
        reader ??= await target.reader();
        const [job] = await reader.all('select rows_done from import_jobs order by id desc limit 1');
        if (job && Number(job.rows_done) >= KILL_AFTER_ROWS) {
          process.kill(child.pid as number, 'SIGKILL');
          break;
        }
      } catch {
        // The database or its tables do not exist yet: the CLI is still migrating.
      }
      await sleep(10);
    }
  } finally {
    await reader?.close();
  }
  const run = await done;
  expect(run.signal, `the import ended before it could be killed:\n${run.stdout}\n${run.stderr}`).toBe(
    'SIGKILL',
  );
  return run;
}

async function runToEnd(file: string, target: Target): Promise<CliRun> {
  const run = await startCli(['import', file, '--reference-date', REFERENCE_DATE], target).done;
  expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0);
  return run;
}

const JOB_COLUMNS =
  'status, rows_done, last_line, rows_inserted, rows_updated, rows_unchanged, rows_rejected, bytes_done, bytes_total';

/** Everything the two runs must agree on, read in a stable order. */
async function snapshot(target: Target) {
  const reader = await target.reader();
  try {
    const residents = await reader.all(
      `select ${[...DATA_COLUMNS, 'name_search'].join(', ')} from residents order by nik`,
    );
    const counts = await reader.all(
      'select * from resident_counts order by region_code, birth_month, married, exit_date',
    );
    const countsDay = await reader.all(
      'select * from resident_counts_day order by region_code, birth_date, married, exit_date',
    );
    const errors = await reader.all('select line, column_name, code from import_errors order by line, code');
    const jobs = await reader.all(`select ${JOB_COLUMNS} from import_jobs order by id`);
    const queue = await reader.all(
      'select kind, state, attempts, lease_owner, dedupe_key from jobs order by id',
    );
    const created = await reader.all(
      `select count(*) as n, count(distinct resident_id) as people from resident_history where field = 'created'`,
    );
    return { residents, counts, countsDay, errors, jobs, queue, created: created[0] };
  } finally {
    await reader.close();
  }
}

function engineCases(engine: 'sqlite' | 'postgres') {
  const skip = engine === 'postgres' ? inject('postgresUnavailable') : null;
  const suite = skip ? describe.skip : describe;
  suite(`import resume after SIGKILL [${engine}]${skip ? ` (skipped: ${skip})` : ''}`, () => {
    let root = '';
    let file = '';
    let a: Target;
    let b: Target;
    const databases: string[] = [];

    beforeAll(async () => {
      root = mkdtempSync(path.join(tmpdir(), `sigap-resume-${engine}-`));
      file = writeSiakCsv(path.join(root, 'penduduk-kota.csv'), bigExtract());
      if (engine === 'sqlite') {
        a = sqliteTarget(path.join(root, 'a'));
        b = sqliteTarget(path.join(root, 'b'));
      } else {
        const [nameA, nameB] = [await createTestDatabase('resume_a'), await createTestDatabase('resume_b')];
        databases.push(nameA, nameB);
        a = postgresTarget(path.join(root, 'a'), databaseUrl(nameA));
        b = postgresTarget(path.join(root, 'b'), databaseUrl(nameB));
      }
    }, TIMEOUT);

    afterAll(async () => {
      for (const name of databases) await dropTestDatabase(name);
      rmSync(root, { recursive: true, force: true });
    }, TIMEOUT);

    it(
      'resumes a killed import and ends exactly like an uninterrupted one',
      async () => {
        await importAndKill(file, a);

        // Killed between batches: whole batches committed, the checkpoint on a batch boundary.
        const killed = await snapshot(a);
        const [job] = killed.jobs;
        expect(killed.jobs).toHaveLength(1);
        expect(job?.status).toBe('running');
        const rowsDone = Number(job?.rows_done);
        expect(rowsDone).toBeGreaterThanOrEqual(KILL_AFTER_ROWS);
        expect(rowsDone).toBeLessThan(ROWS);
        expect(rowsDone % BATCH).toBe(0);
        expect(Number(job?.last_line)).toBe(rowsDone + 1);
        expect(Number(job?.rows_inserted) + Number(job?.rows_rejected)).toBe(rowsDone);
        expect(killed.residents).toHaveLength(Number(job?.rows_inserted));
        expect(Number(killed.created?.n)).toBe(killed.residents.length);
        // The import's job: still leased to the dead process, its first attempt counted.
        expect(killed.queue).toHaveLength(1);
        expect(killed.queue[0]).toMatchObject({ kind: 'import', state: 'running', dedupe_key: 'import:1' });
        expect(Number(killed.queue[0]?.attempts)).toBe(1);
        expect(killed.queue[0]?.lease_owner).toBeTruthy();

        const resumed = await runToEnd(file, a);
        expect(resumed.stderr).toContain('Melanjutkan impor #1');
        expect(resumed.stdout).toMatch(/Impor #1 done/);

        await runToEnd(file, b);
        const [sa, sb] = [await snapshot(a), await snapshot(b)];

        expect(sa.jobs).toEqual(sb.jobs);
        // Resumed by a second attempt of the same job once the dead process's lease expired.
        expect(sa.queue.map((j) => [j.state, Number(j.attempts), j.lease_owner])).toEqual([
          ['done', 2, null],
        ]);
        expect(sb.queue.map((j) => [j.state, Number(j.attempts)])).toEqual([['done', 1]]);
        expect(sa.jobs[0]).toMatchObject({ status: 'done' });
        expect(Number(sa.jobs[0]?.rows_done)).toBe(ROWS + 5);
        expect(Number(sa.jobs[0]?.rows_inserted)).toBe(ROWS);
        expect(Number(sa.jobs[0]?.rows_rejected)).toBe(5);
        expect(sa.residents).toHaveLength(ROWS);
        expect(sa.residents).toEqual(sb.residents);
        expect(sa.counts.length).toBeGreaterThan(0);
        expect(sa.counts).toEqual(sb.counts);
        expect(sa.countsDay).toEqual(sb.countsDay);
        expect(sa.errors.map((e) => e.line)).toEqual([502, 4502, 12002, 20002, 29002]);
        expect(sa.errors).toEqual(sb.errors);
        // Exactly one `created` entry per resident: the killed batch left nothing behind.
        expect(Number(sa.created?.n)).toBe(ROWS);
        expect(Number(sa.created?.people)).toBe(ROWS);
      },
      TIMEOUT,
    );
  });
}

engineCases('sqlite');
engineCases('postgres');
