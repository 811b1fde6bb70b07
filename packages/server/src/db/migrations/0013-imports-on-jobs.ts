import { type Kysely, sql } from 'kysely';
import type { Engine } from '../connect';

/**
 * Imports run on the jobs table (migration 0011): the `import` job leases, heartbeats, retries and resumes
 * them, and counts their attempts. The import's own row keeps its domain state (file, progress, counts,
 * outcome); its `attempts` (0006) and `heartbeat_at` columns, which the old resume-at-start read, go.
 *
 * An import left unfinished by the version before this one gets its job now, carrying the runs it already
 * had, so the first worker resumes it (or gives up on it after three crashed runs) as that version would
 * have at start.
 */
export async function up(db: Kysely<unknown>, _engine: Engine): Promise<void> {
  const now = new Date().toISOString();
  const unfinished = await sql<{ id: number; attempts: number }>`
    select id, attempts from import_jobs where status in ('queued', 'running') order by id`.execute(db);
  for (const row of unfinished.rows) {
    const id = Number(row.id);
    await sql`insert into jobs (kind, payload, state, attempts, max_attempts, run_after, dedupe_key,
        created_at, updated_at)
      values ('import', ${JSON.stringify({ importJobId: id })}, 'queued', ${Number(row.attempts)}, 3, ${now},
        ${`import:${id}`}, ${now}, ${now})`.execute(db);
  }
  await db.schema.alterTable('import_jobs').dropColumn('attempts').execute();
  await db.schema.alterTable('import_jobs').dropColumn('heartbeat_at').execute();
}
