import { expect, it } from 'vitest';
import { seedDemoStock } from '../../src/modules/stock';
import { describeEachEngine } from '../helpers/test-env';
import { expectLedgerWhole } from './helpers';

describeEachEngine('demo stock', (env) => {
  it('supplies Lampung and NTB, ships to regencies, consumes, leaves one request pending; once', async () => {
    const db = env().handle.db;
    expect(await seedDemoStock(env().handle, new Date())).toBeGreaterThan(0);
    const requests = await db.selectFrom('stock_requests').selectAll().execute();
    expect(requests.map((r) => [r.requester_code, r.status])).toEqual([['18.72', 'submitted']]);
    const transit = await db
      .selectFrom('stock_shipments')
      .selectAll()
      .where('status', '=', 'in_transit')
      .execute();
    expect(transit.map((s) => s.destination_code)).toEqual(['18.71']);
    const rejected = await db.selectFrom('stock_shipments').selectAll().where('rejected', '>', 0).execute();
    expect(rejected.map((s) => [s.destination_code, s.rejected])).toEqual([['52', 20]]);
    const lines = await db.selectFrom('stock_lines').select(['document_no', 'note', 'reason']).execute();
    expect(
      lines.every((l) => l.document_no?.startsWith('DEMO/') || `${l.note}${l.reason}`.includes('[DEMO]')),
    ).toBe(true);
    await expectLedgerWhole(env());
    expect(await seedDemoStock(env().handle, new Date())).toBe(0);
  });
});
