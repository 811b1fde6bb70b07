import type { Kysely } from 'kysely';
import type { Engine } from '../connect';

/**
 * How many times an import job has been started (first run and every resume after a restart). A file
 * that kills the process each time it is read would otherwise be resumed into a crash loop for ever; the
 * count lets startup give up on it and mark it failed.
 */
export async function up(db: Kysely<unknown>, _engine: Engine): Promise<void> {
  await db.schema
    .alterTable('import_jobs')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}
