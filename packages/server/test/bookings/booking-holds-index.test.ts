import { CompiledQuery, createQueryId, sql } from 'kysely';
import { expect, it } from 'vitest';
import { expireHoldsOfSlot, slotsWithDueHolds } from '../../src/modules/bookings/booking-holds.repository';
import { CaptureQueries } from '../helpers/capture-queries';
import { describeEachEngine } from '../helpers/test-env';

/**
 * Migration 0042: the holds' only secondary index is partial on live holds. The two reads of live holds
 * (a full slot's expired holds, the sweep's slots) must be able to use it on both engines: EXPLAIN of
 * their real SQL, with sequential scans discouraged on PostgreSQL (an empty table would be scanned anyway).
 */
describeEachEngine('booking holds: the live holds index', (env) => {
  it('serves the expiry of a slot and the sweep', async () => {
    const { handle } = env();
    const capture = new CaptureQueries();
    const now = new Date().toISOString();
    await expireHoldsOfSlot(handle.db.withPlugin(capture), 1, now);
    await slotsWithDueHolds(handle.db.withPlugin(capture), now);
    expect(capture.nodes).toHaveLength(2);
    for (const node of capture.nodes) {
      const compiled = handle.db.getExecutor().compileQuery(node, createQueryId());
      const plan = await handle.db.transaction().execute(async (trx) => {
        const postgres = handle.store.engine === 'postgres';
        if (postgres) await sql`set local enable_seqscan = off`.execute(trx);
        const explain = postgres ? 'explain (format json)' : 'explain query plan';
        const q = CompiledQuery.raw(`${explain} ${compiled.sql}`, [...compiled.parameters]);
        return JSON.stringify((await trx.executeQuery(q)).rows);
      });
      expect(plan, compiled.sql).toContain('booking_holds_live');
    }
  });
});
