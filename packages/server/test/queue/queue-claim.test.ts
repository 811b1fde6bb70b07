import { describe, expect, it } from 'vitest';
import { claimFirstWaiting } from '../../src/modules/queue/queue-call.repository';
import { describeEachEngine } from '../helpers/test-env';
import { issue, newPoint } from './helpers';

/**
 * Call-next's claim (one statement): the first ticket of the call order still waiting and not being
 * claimed by another counter at this instant. The HTTP tests (queue.test.ts) cover 20 counters at once;
 * these pin the statement itself: the order given, not the ids', and a row another open transaction is
 * claiming skipped instead of waited for (PostgreSQL; SQLite has one writer at a time).
 */
describeEachEngine('queue claim', (env) => {
  const patch = (counterNo: number) => ({ counterNo, calledAt: new Date().toISOString(), servedBy: null });

  async function threeTickets(): Promise<number[]> {
    const op = await env().as('bandarlampung.operator');
    const pointId = await newPoint(op);
    const clerk = await env().as('bandarlampung.loket');
    const ids: number[] = [];
    for (let i = 0; i < 3; i += 1) ids.push((await issue(clerk, pointId)).body.ticket.id);
    return ids;
  }

  describe('claimFirstWaiting', () => {
    it('takes the first waiting ticket in the order given, passing over the taken ones', async () => {
      const { handle } = env();
      const [a, b, c] = (await threeTickets()) as [number, number, number];
      const first = await claimFirstWaiting(handle.db, handle.store, [c, a, b], patch(1));
      expect(first).toMatchObject({ id: c, status: 'called', counter_no: 1 });
      const second = await claimFirstWaiting(handle.db, handle.store, [c, b, a], patch(2));
      expect(second).toMatchObject({ id: b, counter_no: 2 });
      expect(await claimFirstWaiting(handle.db, handle.store, [c, b], patch(3))).toBeUndefined();
      expect(await claimFirstWaiting(handle.db, handle.store, [], patch(3))).toBeUndefined();
    });

    it('skips a ticket another counter is claiming right now instead of waiting for it', async () => {
      const { handle, engine } = env();
      if (engine !== 'postgres') return;
      const [a, b] = (await threeTickets()) as [number, number, number];
      const [held, meanwhile] = await handle.db.transaction().execute(async (trx) => {
        const mine = await claimFirstWaiting(trx, handle.store, [a, b], patch(1));
        // Another connection, while `a` is claimed and not yet committed.
        const other = await claimFirstWaiting(handle.db, handle.store, [a, b], patch(2));
        return [mine, other];
      });
      expect(held?.id).toBe(a);
      expect(meanwhile?.id).toBe(b);
      const rows = await handle.db
        .selectFrom('queue_tickets')
        .select(['id', 'counter_no'])
        .where('id', 'in', [a, b])
        .orderBy('id')
        .execute();
      expect(rows).toEqual([
        { id: a, counter_no: 1 },
        { id: b, counter_no: 2 },
      ]);
    });
  });
});
