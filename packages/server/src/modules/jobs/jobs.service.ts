import type { Kysely } from 'kysely';
import type { Database, JobRow, JobState } from '../../db/schema';
import { insertJob, listJobs } from './jobs.repository';

export interface EnqueueInput {
  kind: string;
  payload: Record<string, unknown>;
  /** Attempts before the job is dead (default 5). */
  maxAttempts?: number;
  /** Not before this time (default: now). */
  runAfter?: Date;
  /** A job that must exist once: a second enqueue with the same key writes nothing. */
  dedupeKey?: string;
}

/**
 * Enqueues a job inside the caller's transaction (`trx`), so the job exists only if the change that
 * causes it commits. Returns the new id, or null when the dedupe key was already used.
 */
export async function enqueueJob(
  trx: Kysely<Database>,
  input: EnqueueInput,
  now: Date = new Date(),
): Promise<number | null> {
  return insertJob(
    trx,
    {
      kind: input.kind,
      payload: JSON.stringify(input.payload),
      maxAttempts: input.maxAttempts ?? 5,
      runAfter: (input.runAfter ?? now).toISOString(),
      dedupeKey: input.dedupeKey ?? null,
    },
    now.toISOString(),
  );
}

export interface JobListItem {
  id: number;
  kind: string;
  state: JobState;
  attempts: number;
  maxAttempts: number;
  runAfter: string;
  leaseOwner: string | null;
  leaseUntil: string | null;
  lastError: { code: string | null; params: Record<string, unknown> | null; text: string | null } | null;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
}

function toItem(r: JobRow): JobListItem {
  const hasError = r.last_error_code !== null || r.last_error_text !== null;
  return {
    id: r.id,
    kind: r.kind,
    state: r.state,
    attempts: r.attempts,
    maxAttempts: r.max_attempts,
    runAfter: r.run_after,
    leaseOwner: r.lease_owner,
    leaseUntil: r.lease_until,
    lastError: hasError
      ? {
          code: r.last_error_code,
          params: r.last_error_params ? (JSON.parse(r.last_error_params) as Record<string, unknown>) : null,
          text: r.last_error_text,
        }
      : null,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    finishedAt: r.finished_at,
  };
}

/** The admin view: payloads are left out (they may name residents); state, attempts and errors shown. */
export async function listJobsForAdmin(
  db: Kysely<Database>,
  query: { state?: JobState; kind?: string; page: number; pageSize: number },
): Promise<{ items: JobListItem[]; total: number; page: number; pageSize: number }> {
  const { rows, total } = await listJobs(
    db,
    { ...(query.state ? { state: query.state } : {}), ...(query.kind ? { kind: query.kind } : {}) },
    { limit: query.pageSize, offset: (query.page - 1) * query.pageSize },
  );
  return { items: rows.map(toItem), total, page: query.page, pageSize: query.pageSize };
}
