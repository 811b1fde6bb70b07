/**
 * Migration 0012 on both engines: import errors and job outcomes stored as text before it keep that text
 * (now in the legacy columns, shown as before); nothing is lost and no parameters are guessed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { describe, expect, inject, it } from 'vitest';
import { type Db, type Engine, openDatabase } from '../../src/db/connect';
import { migrateTo, migrateToLatest } from '../../src/db/migrate';
import { toImportJob } from '../../src/modules/imports/imports.service';
import { createTestDatabase, databaseUrl, dropTestDatabase } from '../helpers/postgres';

async function withFreshDb(engine: Engine, body: (handle: Db) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'sigap-0012-'));
  const name = engine === 'postgres' ? await createTestDatabase('mig0012') : '';
  const handle =
    engine === 'postgres'
      ? openDatabase({ engine, url: databaseUrl(name) })
      : openDatabase({ engine, file: path.join(dir, 'sigap.db') });
  try {
    await body(handle);
  } finally {
    await handle.close();
    if (name) await dropTestDatabase(name);
    rmSync(dir, { recursive: true, force: true });
  }
}

for (const engine of ['sqlite', 'postgres'] as const) {
  const skip = engine === 'postgres' ? inject('postgresUnavailable') : null;
  describe.skipIf(Boolean(skip))(`migration 0012 (message codes) [${engine}]`, () => {
    it('keeps the text of rows stored before it in the legacy columns', async () => {
      await withFreshDb(engine, async (handle) => {
        await migrateTo(handle, '0010-idempotency');
        // The columns as they were: written with raw SQL, since the typed schema no longer has them.
        await sql`insert into import_jobs (kind, file_name, file_hash, file_path, scope_code, status, started_at,
          message, message_en) values ('residents', 'lama.csv', ${'0'.repeat(64)}, '/x', '18.71', 'done',
          '2026-01-01T00:00:00.000Z', 'Tidak ada perubahan.', 'No changes.')`.execute(handle.db);
        await sql`insert into import_errors (job_id, line, column_name, code, message, message_en)
          values (1, 4, 'NIK', 'nik_length', 'NIK harus 16 digit (tertulis 11).', 'NIK must be 16 digits (got 11).')`.execute(
          handle.db,
        );
        await migrateToLatest(handle);

        const error = await handle.db.selectFrom('import_errors').selectAll().executeTakeFirstOrThrow();
        expect(error).toMatchObject({
          code: 'nik_length',
          params: null,
          legacy_message: 'NIK harus 16 digit (tertulis 11).',
          legacy_message_en: 'NIK must be 16 digits (got 11).',
        });
        expect(error).not.toHaveProperty('message');
        const job = await handle.db.selectFrom('import_jobs').selectAll().executeTakeFirstOrThrow();
        expect(job).toMatchObject({ message_code: null, message_params: null });
        expect(toImportJob(job)).toMatchObject({ message: 'Tidak ada perubahan.', messageEn: 'No changes.' });
      });
    });
  });
}
