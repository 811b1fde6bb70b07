import { type Kysely, sql } from 'kysely';
import type { Db } from '../../db/connect';
import type { Database, JobRow, JobState } from '../../db/schema';

export interface NewJob {
  kind: string;
  payload: string;
  maxAttempts: number;
  runAfter: string;
  dedupeKey: string | null;
}

/** Inserts a job; with a dedupe key already used, writes nothing and returns null. */
export async function insertJob(db: Kysely<Database>, job: NewJob, now: string): Promise<number | null> {
  const row = await db
    .insertInto('jobs')
    .values({
      kind: job.kind,
      payload: job.payload,
      state: 'queued',
      attempts: 0,
      max_attempts: job.maxAttempts,
      run_after: job.runAfter,
      lease_owner: null,
      lease_until: null,
      heartbeat_at: null,
      last_error_code: null,
      last_error_params: null,
      last_error_text: null,
      dedupe_key: job.dedupeKey,
      created_at: now,
      updated_at: now,
      finished_at: null,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row ? Number(row.id) : null;
}

/** Which jobs a claim may take: one job by id, and/or only (or all but) some kinds. */
export interface ClaimFilter {
  id?: number;
  onlyKinds?: readonly string[];
  exceptKinds?: readonly string[];
}

/**
 * Leases up to `limit` due jobs to `owner` in one statement: queued ones, failed ones whose retry is due,
 * and running ones whose lease expired (their process died). The store's `skipLockedRows` (`FOR UPDATE SKIP
 * LOCKED` on PostgreSQL) lets several instances claim at once without taking the same row: a row another
 * claimer holds is skipped, and one it already took fails the re-check of the WHERE. SQLite has one
 * writer; the statement is atomic.
 */
export async function claimDueJobs(
  handle: Db,
  owner: string,
  now: string,
  leaseUntil: string,
  limit: number,
  filter: ClaimFilter = {},
): Promise<JobRow[]> {
  let due = handle.db
    .selectFrom('jobs')
    .select('id')
    .where((eb) =>
      eb.or([
        eb.and([eb('state', 'in', ['queued', 'failed']), eb('run_after', '<=', now)]),
        eb.and([eb('state', '=', 'running'), eb('lease_until', '<', now)]),
      ]),
    )
    .orderBy('run_after')
    .orderBy('id')
    .limit(limit);
  if (filter.id !== undefined) due = due.where('id', '=', filter.id);
  if (filter.onlyKinds) {
    if (filter.onlyKinds.length === 0) return [];
    due = due.where('kind', 'in', filter.onlyKinds);
  }
  if (filter.exceptKinds?.length) due = due.where('kind', 'not in', filter.exceptKinds);
  due = handle.store.skipLockedRows(due);
  return handle.db
    .updateTable('jobs')
    .set({
      state: 'running',
      lease_owner: owner,
      lease_until: leaseUntil,
      heartbeat_at: now,
      attempts: sql<number>`attempts + 1`,
      updated_at: now,
    })
    .where('id', 'in', due)
    .returningAll()
    .execute();
}

/** Extends the lease while the handler runs; false when the lease was lost to another claimer. */
export async function extendLease(
  db: Kysely<Database>,
  id: number,
  owner: string,
  now: string,
  leaseUntil: string,
): Promise<boolean> {
  const r = await db
    .updateTable('jobs')
    .set({ lease_until: leaseUntil, heartbeat_at: now })
    .where('id', '=', id)
    .where('lease_owner', '=', owner)
    .where('state', '=', 'running')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export interface JobOutcome {
  /** `queued`: handed back uncounted (the worker stopped mid-job); `failed`: retried at `runAfter`. */
  state: Extract<JobState, 'queued' | 'done' | 'failed' | 'dead'>;
  runAfter?: string;
  error?: { code: string | null; params: string | null; text: string | null };
}

/** Records how an attempt ended, only if this owner still holds the lease (else another run owns it). */
export async function finishAttempt(
  db: Kysely<Database>,
  id: number,
  owner: string,
  outcome: JobOutcome,
  now: string,
): Promise<boolean> {
  const r = await db
    .updateTable('jobs')
    .set({
      state: outcome.state,
      lease_owner: null,
      lease_until: null,
      updated_at: now,
      ...(outcome.runAfter ? { run_after: outcome.runAfter } : {}),
      ...(outcome.state === 'queued' ? { attempts: sql<number>`attempts - 1` } : {}),
      ...(outcome.state === 'failed' || outcome.state === 'queued' ? {} : { finished_at: now }),
      ...(outcome.error
        ? {
            last_error_code: outcome.error.code,
            last_error_params: outcome.error.params,
            last_error_text: outcome.error.text,
          }
        : {}),
    })
    .where('id', '=', id)
    .where('lease_owner', '=', owner)
    .where('state', '=', 'running')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export interface JobFilter {
  state?: JobState;
  kind?: string;
}

export async function listJobs(
  db: Kysely<Database>,
  filter: JobFilter,
  page: { limit: number; offset: number },
): Promise<{ rows: JobRow[]; total: number }> {
  let q = db.selectFrom('jobs');
  if (filter.state) q = q.where('state', '=', filter.state);
  if (filter.kind) q = q.where('kind', '=', filter.kind);
  const rows = await q.selectAll().orderBy('id', 'desc').limit(page.limit).offset(page.offset).execute();
  const count = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { rows, total: Number(count.n) };
}

export async function findJob(db: Kysely<Database>, id: number): Promise<JobRow | undefined> {
  return db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The job enqueued with a dedupe key (a module finds the job of its own row this way). */
export async function findJobByDedupeKey(db: Kysely<Database>, key: string): Promise<JobRow | undefined> {
  return db.selectFrom('jobs').selectAll().where('dedupe_key', '=', key).executeTakeFirst();
}
