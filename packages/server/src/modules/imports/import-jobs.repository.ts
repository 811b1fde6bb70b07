import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database, ImportErrorsTable, ImportJobsTable } from '../../db/schema';
import { withinScope } from '../../db/scope-filter';

import type { ImportJobKind } from '../../db/stored-codes';
import type { ParsedRow } from './parse';

export type { ImportJobKind, ImportJobStatus } from '../../db/stored-codes';

export type ImportJobRow = Selectable<ImportJobsTable> & { username?: string | null };
export type ImportErrorRow = Selectable<ImportErrorsTable>;

export async function insertJob(db: Kysely<Database>, row: Insertable<ImportJobsTable>): Promise<number> {
  const r = await db.insertInto('import_jobs').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function findJob(db: Kysely<Database>, id: number): Promise<ImportJobRow | undefined> {
  return db
    .selectFrom('import_jobs')
    .leftJoin('users', 'users.id', 'import_jobs.user_id')
    .selectAll('import_jobs')
    .select('users.username')
    .where('import_jobs.id', '=', id)
    .executeTakeFirst();
}

export async function updateJob(
  db: Kysely<Database>,
  id: number,
  set: Updateable<ImportJobsTable>,
): Promise<void> {
  await db.updateTable('import_jobs').set(set).where('id', '=', id).execute();
}

/** Jobs inside a scope, newest first. */
export async function listJobs(db: Kysely<Database>, scope: string, page: { limit: number; offset: number }) {
  const base = db.selectFrom('import_jobs').where(withinScope('import_jobs.scope_code', scope));
  const rows = await base
    .leftJoin('users', 'users.id', 'import_jobs.user_id')
    .selectAll('import_jobs')
    .select('users.username')
    .orderBy('import_jobs.id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  const count = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { rows, total: Number(count.n) };
}

/** An earlier finished job for the same file, kind and scope: re-imports say so. */
export async function findEarlierDoneJob(
  db: Kysely<Database>,
  job: ImportJobRow,
): Promise<ImportJobRow | undefined> {
  return db
    .selectFrom('import_jobs')
    .selectAll()
    .where('file_hash', '=', job.file_hash)
    .where('kind', '=', job.kind)
    .where('scope_code', '=', job.scope_code)
    .where('status', '=', 'done')
    .where('id', '<', job.id)
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

/** The newest unfinished import of the same file, kind and scope: the CLI resumes it instead of starting anew. */
export async function findUnfinishedImport(
  db: Kysely<Database>,
  file: { fileHash: string; kind: ImportJobKind; scope: string },
): Promise<number | undefined> {
  const row = await db
    .selectFrom('import_jobs')
    .select('id')
    .where('file_hash', '=', file.fileHash)
    .where('kind', '=', file.kind)
    .where('scope_code', '=', file.scope)
    .where('status', 'in', ['queued', 'running'])
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return row?.id;
}

/** The village codes inside the import's scope: a resident's village must be one of them. */
export async function villageCodesWithin(db: Kysely<Database>, scope: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('regions')
    .select('code')
    .where('level', '=', 'village')
    .where(withinScope('code', scope))
    .execute();
  return new Set(rows.map((r) => r.code));
}

/** A bad row's error rows, one per issue, naming whom the row is about as its cells wrote it. */
export function errorRowsOf(
  jobId: ImportJobRow['id'],
  row: Extract<ParsedRow<unknown>, { ok: false }>,
): Insertable<ImportErrorsTable>[] {
  return row.issues.map((i) => ({
    job_id: jobId,
    line: i.line,
    column_name: i.column,
    code: i.code,
    params: JSON.stringify(i.params),
    raw: null,
    nik: row.who.nik || null,
    full_name: row.who.name || null,
  }));
}

export async function insertImportErrors(
  db: Kysely<Database>,
  rows: Insertable<ImportErrorsTable>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) {
    await db
      .insertInto('import_errors')
      .values(rows.slice(i, i + 200))
      .execute();
  }
}

export async function listImportErrors(
  db: Kysely<Database>,
  jobId: number,
  page: { limit: number; offset: number },
) {
  const rows = await db
    .selectFrom('import_errors')
    .selectAll()
    .where('job_id', '=', jobId)
    .orderBy('line')
    .orderBy('id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  const count = await db
    .selectFrom('import_errors')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('job_id', '=', jobId)
    .executeTakeFirstOrThrow();
  return { rows, total: Number(count.n) };
}

/** All errors of a job in line order, a page at a time (for the CSV report). */
export async function* streamImportErrors(db: Kysely<Database>, jobId: number) {
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom('import_errors')
      .selectAll()
      .where('job_id', '=', jobId)
      .where('id', '>', after)
      .orderBy('id')
      .limit(5000)
      .execute();
    yield* rows;
    const last = rows.at(-1);
    if (!last || rows.length < 5000) return;
    after = last.id;
  }
}

/** Files of jobs not finished yet (queued, running or interrupted): their uploads must stay. */
export async function activeJobFilePaths(db: Kysely<Database>): Promise<string[]> {
  const rows = await db
    .selectFrom('import_jobs')
    .select('file_path')
    .where('status', 'in', ['queued', 'running'])
    .execute();
  return rows.map((r) => r.file_path);
}
