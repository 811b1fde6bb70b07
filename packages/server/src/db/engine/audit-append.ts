import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema';
import type { AuditAppend } from './engine-store';

/** SQLite: the last entry's hash, then the new entry (its one writer serialises appenders already). */
export async function appendAuditSqlite(trx: Kysely<Database>, e: AuditAppend): Promise<number> {
  const last = await trx
    .selectFrom('audit_log')
    .select('hash')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const prevHash = last?.hash ?? e.genesis;
  const row = await trx
    .insertInto('audit_log')
    .values({ ...e.row, prev_hash: prevHash, hash: e.hashOf(prevHash) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * PostgreSQL: one round trip to `sigap_append_audit` (migration 0037), which takes the chain's advisory
 * lock (`lockKey`, held until `trx` ends), reads the last hash after the lock is granted and inserts the
 * entry with the same sha256 as `hashOf`. Before, the lock was taken, the last hash read and the entry
 * inserted by three statements, each a round trip through a busy event loop while every other audited
 * write waited for the lock: with twenty counters calling at once, the lock was most of call-next's time.
 */
export async function appendAuditPg(trx: Kysely<Database>, e: AuditAppend, lockKey: number): Promise<number> {
  const r = e.row;
  const { rows } = await sql<{ id: number }>`select sigap_append_audit(${lockKey}, ${r.at}, ${r.user_id},
    ${r.username}, ${r.action}, ${r.entity}, ${r.entity_id}, ${r.region_code}, ${r.summary}, ${r.ip},
    ${e.canonical}, ${e.genesis}) as id`.execute(trx);
  const id = rows[0]?.id;
  if (id === undefined) throw new Error('sigap_append_audit answered no id');
  return Number(id);
}
