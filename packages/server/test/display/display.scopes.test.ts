import { expect, it } from 'vitest';
import { describeEachEngine } from '../helpers/test-env';
import { insertPoint, insertTicket } from './helpers';

/**
 * The board is public on purpose (a TV in the waiting room, no login), so its scope is what it shows: one
 * point's labels and counter numbers, never a resident's name, NIK or phone, and never another point's
 * tickets — whoever asks, logged in from another province or not at all.
 */
describeEachEngine('display scopes', (env) => {
  it('shows any caller only labels and counters, and only the point asked for', async () => {
    const db = env().handle.db;
    const here = await insertPoint(db, 'UPT Lingkup Tampilan');
    const there = await insertPoint(db, 'UPT Tetangga Tampilan');
    const called = await insertTicket(db, here, { status: 'called', counter: 1, event: 'called' });
    await db
      .updateTable('queue_tickets')
      .set({ full_name: 'SITI RAHASIA', nik: '1871015705900001', phone: '081299990000' })
      .where('id', '=', called.ticketId)
      .execute();
    const other = await insertTicket(db, there, { status: 'called', counter: 1, event: 'called' });

    for (const client of [env().anonymous(), await env().as('ntb.admin')]) {
      const board = await client.get(`/api/v1/display/${here}`);
      expect(board.status).toBe(200);
      const text = JSON.stringify(board.body);
      expect(text).toContain(called.label);
      expect(text).not.toContain(other.label);
      for (const secret of ['SITI RAHASIA', '1871015705900001', '081299990000']) {
        expect(text).not.toContain(secret);
      }
    }
  });
});
