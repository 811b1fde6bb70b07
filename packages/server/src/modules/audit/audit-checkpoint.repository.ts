import type { Insertable, Kysely } from 'kysely';
import type { AuditCheckpointRow, AuditCheckpointsTable, Database } from '../../db/schema';

/**
 * Stores a checkpoint unless one already covers the same last entry: several instances may checkpoint
 * at once (PostgreSQL), and the unique index lets exactly one of them win. Returns the stored row's id,
 * or undefined when another instance was first.
 */
export async function insertCheckpoint(
  db: Kysely<Database>,
  row: Insertable<AuditCheckpointsTable>,
): Promise<number | undefined> {
  const inserted = await db
    .insertInto('audit_checkpoints')
    .values(row)
    .onConflict((oc) => oc.column('last_entry_id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted?.id;
}

export async function checkpointCovering(
  db: Kysely<Database>,
  lastEntryId: number,
): Promise<AuditCheckpointRow | undefined> {
  return db
    .selectFrom('audit_checkpoints')
    .selectAll()
    .where('last_entry_id', '=', lastEntryId)
    .executeTakeFirst();
}

/** Newest (highest last entry) first; `limit` bounds the search for the latest one that verifies. */
export async function listCheckpoints(db: Kysely<Database>, limit?: number): Promise<AuditCheckpointRow[]> {
  let q = db
    .selectFrom('audit_checkpoints')
    .selectAll()
    .orderBy('last_entry_id', 'desc')
    .orderBy('id', 'desc');
  if (limit !== undefined) q = q.limit(limit);
  return q.execute();
}
