import { expect, it } from 'vitest';
import { seedDemoPrints } from '../../src/modules/prints';
import { seedDemoStock } from '../../src/modules/stock';
import { describeEachEngine } from '../helpers/test-env';
import { expectLedgerWhole } from '../stock/helpers';
import { seedPrr } from './helpers';

describeEachEngine('demo prints', (env) => {
  it('prints ten cards at Bandar Lampung on the demo stock, spoils one, hands four over', async () => {
    await seedPrr(
      env(),
      Array.from({ length: 12 }, () => ({ phone: '081234567002' })),
    );
    await seedDemoStock(env().handle, new Date());
    expect(await seedDemoPrints(env().handle, new Date())).toEqual({ printed: 10, handed: 4 });
    const db = env().handle.db;
    const cards = await db
      .selectFrom('print_cards')
      .select(['operator_username', 'spoiled', 'spoil_reason'])
      .execute();
    expect(cards.length).toBe(11);
    expect(cards.every((c) => c.operator_username?.startsWith('[DEMO]'))).toBe(true);
    expect(cards.filter((c) => c.spoiled === 1).map((c) => c.spoil_reason)).toEqual([
      '[DEMO] Kartu tercetak miring',
    ]);
    await expectLedgerWhole(env());
  });
});
