import type { Kysely } from 'kysely';
import type { EngineStore } from '../../db/engine/engine-store';
import type { AuditRow, Database } from '../../db/schema';
import { withinScope } from '../../db/scope-filter';
import { auditCanonical, auditHash, GENESIS_HASH, type HashedFields } from './audit-hash';

export interface AuditFilter {
  scope: string;
  region?: string;
  username?: string;
  action?: string;
  /** Inclusive ISO instants. */
  fromAt?: string;
  toAt?: string;
}

/**
 * Appends one entry to the chain. Must run inside the caller's transaction so that the entry
 * commits or rolls back with the change it describes. The store's chain lock serialises appenders
 * (of every Sigap instance on PostgreSQL), so two writers never link to the same predecessor.
 */
export async function appendAuditEntry(
  trx: Kysely<Database>,
  store: EngineStore,
  fields: HashedFields,
): Promise<number> {
  return store.appendAuditEntry(trx, {
    row: fields,
    hashOf: (prevHash) => auditHash(prevHash, fields),
    canonical: auditCanonical(fields),
    genesis: GENESIS_HASH,
  });
}

function filtered(db: Kysely<Database>, f: AuditFilter) {
  let q = db.selectFrom('audit_log').where(withinScope('audit_log.region_code', f.scope));
  if (f.region) q = q.where(withinScope('audit_log.region_code', f.region));
  if (f.username) q = q.where('username', '=', f.username);
  if (f.action) q = q.where('action', '=', f.action);
  if (f.fromAt) q = q.where('at', '>=', f.fromAt);
  if (f.toAt) q = q.where('at', '<=', f.toAt);
  return q;
}

export async function listAuditEntries(
  db: Kysely<Database>,
  f: AuditFilter,
  page: { limit: number; offset: number },
): Promise<{ rows: AuditRow[]; total: number }> {
  const [rows, count] = await Promise.all([
    filtered(db, f).selectAll().orderBy('id', 'desc').limit(page.limit).offset(page.offset).execute(),
    filtered(db, f)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function listAuditActions(db: Kysely<Database>, scope: string): Promise<string[]> {
  const rows = await db
    .selectFrom('audit_log')
    .where(withinScope('audit_log.region_code', scope))
    .select('action')
    .distinct()
    .orderBy('action')
    .execute();
  return rows.map((r) => r.action);
}

/** Reads the chain in order after entry `after`, a page at a time, so verification runs in bounded memory. */
export async function* readAuditChain(
  db: Kysely<Database>,
  after = 0,
  pageSize = 5000,
): AsyncGenerator<AuditRow> {
  let from = after;
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('id', '>', from)
      .orderBy('id')
      .limit(pageSize)
      .execute();
    for (const row of rows) yield row;
    const last = rows.at(-1);
    if (!last || rows.length < pageSize) return;
    from = last.id;
  }
}

/** The stored hash of one entry, or undefined when the entry is gone. */
export async function auditEntryHash(db: Kysely<Database>, id: number): Promise<string | undefined> {
  const row = await db.selectFrom('audit_log').select('hash').where('id', '=', id).executeTakeFirst();
  return row?.hash;
}

/** The id of the chain's last entry (0 when empty). */
export async function lastAuditEntryId(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('audit_log').select('id').orderBy('id', 'desc').limit(1).executeTakeFirst();
  return row?.id ?? 0;
}
