import type SqliteDatabase from 'better-sqlite3';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema';
import type { AuditAppend } from './engine-store';

/**
 * SQLite: the last entry's hash, then the new entry (its one writer serialises appenders already), as two
 * statements prepared once on the raw connection, which the caller's transaction holds: every audited
 * write appends, and building both statements with Kysely each time cost more than running them.
 */
export function sqliteAuditAppender(sqlite: SqliteDatabase.Database): (e: AuditAppend) => number {
  // Prepared on first use: the store exists before the migrations have made the table.
  let statements: { last: SqliteDatabase.Statement; insert: SqliteDatabase.Statement } | undefined;
  return (e) => {
    statements ??= {
      last: sqlite.prepare('select hash from audit_log order by id desc limit 1').pluck(),
      insert: sqlite.prepare(
        `insert into audit_log (at, user_id, username, action, entity, entity_id, region_code, summary, ip,
          prev_hash, hash) values (@at, @user_id, @username, @action, @entity, @entity_id, @region_code,
          @summary, @ip, @prev_hash, @hash)`,
      ),
    };
    const prevHash = (statements.last.get() as string | undefined) ?? e.genesis;
    const r = e.row;
    const inserted = statements.insert.run({
      at: r.at,
      user_id: r.user_id,
      username: r.username,
      action: r.action,
      entity: r.entity,
      entity_id: r.entity_id,
      region_code: r.region_code,
      summary: r.summary,
      ip: r.ip,
      prev_hash: prevHash,
      hash: e.hashOf(prevHash),
    });
    return Number(inserted.lastInsertRowid);
  };
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
