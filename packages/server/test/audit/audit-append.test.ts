import { expect, it } from 'vitest';
import { recordAudit, verifyAuditChain } from '../../src/modules/audit/audit.service';
import { describeEachEngine } from '../helpers/test-env';

/**
 * The append itself (db/engine/audit-append.ts): PostgreSQL links and hashes an entry in SQL
 * (`sigap_append_audit`, migration 0037), the chain walk checks it with the JavaScript hash; appenders
 * writing at once, each in its own transaction, still make one chain.
 */
describeEachEngine('audit append', (env) => {
  const event = (i: number, summary: Record<string, unknown>) => ({
    actor: i % 2 ? { id: 1, username: 'admin' } : null,
    action: 'user.update' as const,
    entity: 'user',
    entityId: i % 3 ? i : null,
    regionCode: i % 2 ? '18.71' : null,
    summary,
    ip: i % 2 ? '127.0.0.1' : null,
  });

  it('hashes as the chain walk does, whatever the text: accents, ellipsis, emoji, quotes, newlines', async () => {
    const { handle } = env();
    const texts = ['Ñoño Pérez', 'Jl. Raden Intan…', 'antrean 👍🏽', 'kata "kutip" \\ garis', 'baris\nbaru'];
    for (const [i, text] of texts.entries()) {
      await handle.db.transaction().execute((trx) => recordAudit(trx, handle.store, event(i, { text })));
    }
    expect(await verifyAuditChain(handle.db)).toMatchObject({ ok: true });
  });

  it('keeps one chain when twenty writers append at once', async () => {
    const { handle } = env();
    const before = await verifyAuditChain(handle.db);
    const ids = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        handle.db.transaction().execute((trx) => recordAudit(trx, handle.store, event(i, { i }))),
      ),
    );
    expect(new Set(ids).size).toBe(20);
    expect(await verifyAuditChain(handle.db)).toEqual({ ok: true, entries: before.entries + 20 });
  });
});
