/**
 * Migration 0013 on both engines: imports left unfinished by the version before it get their `import` job,
 * carrying the runs they already had, so the first worker resumes them — or gives up on one that already
 * crashed three times, as that version would have at start.
 */
import { sql } from 'kysely';
import { describe, expect, inject, it } from 'vitest';
import { migrateTo, migrateToLatest } from '../../src/db/migrate';
import { IMPORT_JOB, importJobHandler, importJobKey } from '../../src/modules/imports/import-job';
import { findJob } from '../../src/modules/imports/import-jobs.repository';
import { toImportJob } from '../../src/modules/imports/imports.service';
import { findJobByDedupeKey, JobWorker } from '../../src/modules/jobs';
import { withFreshDb } from '../helpers/fresh-db';

for (const engine of ['sqlite', 'postgres'] as const) {
  const skip = engine === 'postgres' ? inject('postgresUnavailable') : null;
  describe.skipIf(Boolean(skip))(`migration 0013 (imports on jobs) [${engine}]`, () => {
    it('gives every unfinished import its job with the attempts it had', async () => {
      await withFreshDb(engine, 'mig0013', async (handle) => {
        await migrateTo(handle, '0012-message-codes');
        const rows: [string, number][] = [
          ['running', 1],
          ['queued', 0],
          ['running', 3],
          ['done', 1],
        ];
        for (const [status, attempts] of rows) {
          await sql`insert into import_jobs (kind, file_name, file_hash, file_path, scope_code, status, started_at,
            attempts, heartbeat_at) values ('residents', 'lama.csv', ${'0'.repeat(64)}, '/x/lama.csv', '18.71',
            ${status}, '2026-01-01T00:00:00.000Z', ${attempts}, null)`.execute(handle.db);
        }
        await migrateToLatest(handle);

        const jobs = await handle.db
          .selectFrom('jobs')
          .select(['kind', 'state', 'attempts', 'max_attempts', 'dedupe_key', 'payload'])
          .orderBy('id')
          .execute();
        expect(jobs).toEqual(
          [1, 2, 3].map((id) => ({
            kind: IMPORT_JOB,
            state: 'queued',
            attempts: rows[id - 1]?.[1],
            max_attempts: 3,
            dedupe_key: importJobKey(id),
            payload: JSON.stringify({ importJobId: id }),
          })),
        );
        const row = await handle.db.selectFrom('import_jobs').selectAll().executeTakeFirstOrThrow();
        expect(row).not.toHaveProperty('attempts');
        expect(row).not.toHaveProperty('heartbeat_at');

        // The import that crashed on each of its three runs is given up at once, with the reason.
        const job = await findJobByDedupeKey(handle.db, importJobKey(3));
        const worker = new JobWorker(handle, { [IMPORT_JOB]: importJobHandler() });
        expect(await worker.runJob(job?.id ?? 0)).toBe(true);
        const given = await findJob(handle.db, 3);
        expect(given?.status).toBe('failed');
        expect(given && toImportJob(given).messageEn).toMatch(/stopped 3 times/);
        expect(await findJobByDedupeKey(handle.db, importJobKey(3))).toMatchObject({
          state: 'dead',
          last_error_code: 'import_interrupted_repeatedly',
        });
      });
    });
  });
}
