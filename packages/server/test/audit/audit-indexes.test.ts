import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { listAuditActions, listAuditEntries } from '../../src/modules/audit/audit.repository';
import { CaptureQueries } from '../helpers/capture-queries';
import { describeEachEngine } from '../helpers/test-env';

/**
 * Migration 0043 dropped `audit_user_idx (user_id, at)`: every audit entry wrote it and no statement read
 * it. The audit page's reads, with every filter it has, name no user id (they filter by username), and
 * the index is gone, on both engines.
 */
describeEachEngine('audit: the indexes the audit reads use', (env) => {
  it('reads by no user id, and audit_user_idx is gone', async () => {
    const { handle } = env();
    const capture = new CaptureQueries();
    const db = handle.db.withPlugin(capture);
    const everyFilter = {
      scope: '18',
      region: '18.71',
      username: 'admin',
      action: 'booking.create',
      fromAt: '2026-01-01T00:00:00.000Z',
      toAt: '2026-12-31T23:59:59.999Z',
    };
    await listAuditEntries(db, everyFilter, { limit: 20, offset: 0 });
    await listAuditEntries(db, { scope: 'ID' }, { limit: 20, offset: 0 });
    await listAuditActions(db, '18');
    expect(capture.nodes.length).toBeGreaterThanOrEqual(5);
    for (const node of capture.nodes) {
      const compiled = handle.db.getExecutor().compileQuery(node, { queryId: 'audit-indexes' });
      expect(compiled.sql, compiled.sql).not.toMatch(/user_id/);
    }
    const postgres = handle.store.engine === 'postgres';
    const indexes = postgres
      ? await sql<{
          name: string;
        }>`select indexname as name from pg_indexes where tablename = 'audit_log'`.execute(handle.db)
      : await sql<{
          name: string;
        }>`select name from sqlite_master where type = 'index' and tbl_name = 'audit_log'`.execute(handle.db);
    const names = indexes.rows.map((r) => r.name);
    expect(names).toContain('audit_action_idx');
    expect(names).not.toContain('audit_user_idx');
  });
});
