import fc from 'fast-check';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../helpers/test-env';
import { receive, seedPrr } from '../prints/helpers';
import { daysAgo, docNo, expectLedgerWhole } from './helpers';

/** Answers a racing print or movement may get; a 500 or anything else is a bug. */
const PRINT_REFUSALS = new Set(['print_no_blanko', 'print_no_supply', 'print_not_waiting']);
const MOVE_REFUSALS = new Set(['stock_negative']);

/** One step: a burst of prints (some spoiled) racing one movement of the office's blanko, maybe back-dated. */
const step = fc.record({
  prints: fc.array(fc.boolean(), { minLength: 1, maxLength: 4 }),
  move: fc.constantFrom('receive', 'consume', 'adjust', 'count', 'ship', 'none'),
  quantity: fc.integer({ min: 1, max: 6 }),
  back: fc.integer({ min: 0, max: 10 }),
});

describeEachEngine('stock ledger under concurrent printing', (env) => {
  it('random bursts of prints racing back-dated movements: never negative, balance = sum of lines, one blanko a card', async () => {
    await seedPrr(
      env(),
      Array.from({ length: 60 }, () => ({ villageCode: '18.71.01.1001' })),
    );
    await receive(env(), '18.71', 'RIBBON', 5);
    await receive(env(), '18.71', 'FILM', 5);
    await receive(env(), '18', 'BLANKO', 400);
    await receive(env(), '18.71', 'BLANKO', 20);
    const op = await env().as('bandarlampung.operator');
    const prov = await env().as('lampung.admin');
    const at = { location: '18.71', item: 'BLANKO' };
    const db = env().handle.db;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 3, maxLength: 6 }), async (steps) => {
        for (const s of steps) {
          const waiting = (
            await db
              .selectFrom('residents')
              .select('id')
              .where('village_code', '=', '18.71.01.1001')
              .where('print_status', '=', 'NOT_PRINTED')
              .orderBy('id')
              .limit(2)
              .execute()
          ).map((r) => r.id);
          if (waiting.length === 0) return;
          const occurredOn = daysAgo(s.back, '18.71');
          // Two operators may pick the same resident: one of them must be refused.
          const prints = s.prints.map((spoiled, i) =>
            op.post(`/api/v1/prints/residents/${waiting[i % waiting.length]}`, {
              spoiled,
              ...(spoiled ? { reason: 'Uji tercetak miring' } : {}),
            }),
          );
          const move =
            s.move === 'receive'
              ? op.post('/api/v1/stock/receive', {
                  ...at,
                  quantity: s.quantity,
                  occurredOn,
                  documentNo: docNo(),
                })
              : s.move === 'consume'
                ? op.post('/api/v1/stock/consume', {
                    ...at,
                    kind: 'spoil',
                    reason: 'Uji',
                    quantity: s.quantity,
                    occurredOn,
                  })
                : s.move === 'adjust'
                  ? op.post('/api/v1/stock/adjust', {
                      ...at,
                      quantity: -s.quantity,
                      reason: 'Uji',
                      occurredOn,
                    })
                  : s.move === 'count'
                    ? op.post('/api/v1/stock/count', { ...at, counted: s.quantity, occurredOn })
                    : s.move === 'ship'
                      ? prov.post('/api/v1/stock/ship', {
                          location: '18',
                          item: 'BLANKO',
                          destination: '18.71',
                          quantity: s.quantity,
                          occurredOn: daysAgo(s.back, '18'),
                          documentNo: docNo(),
                        })
                      : Promise.resolve({ status: 201, body: {} });
          const [m, ...p] = await Promise.all([move, ...prints]);
          for (const r of p) {
            const body = r.body as { error?: string };
            if (r.status !== 201)
              expect(PRINT_REFUSALS.has(body.error ?? ''), JSON.stringify(body)).toBe(true);
          }
          if (m.status !== 201 && m.status !== 200)
            expect(
              MOVE_REFUSALS.has((m.body as { error?: string }).error ?? ''),
              JSON.stringify(m.body),
            ).toBe(true);
        }
        await expectLedgerWhole(env());
        // Every card (printed or spoiled) took exactly one blanko line, and every printed card one resident.
        const cards = await db.selectFrom('print_cards').select(['resident_id', 'spoiled']).execute();
        const lines = await db
          .selectFrom('stock_lines')
          .select('id')
          .where('item', '=', 'BLANKO')
          .where('location_code', '=', '18.71')
          .where('note', 'like', 'resident:%')
          .execute();
        expect(lines.length).toBe(cards.length);
        const printed = cards.filter((c) => c.spoiled === 0).map((c) => c.resident_id);
        expect(new Set(printed).size).toBe(printed.length);
      }),
      { numRuns: 5, seed: 1313 },
    );
    // The runs did print, and did meet the empty card or a raced resident: the races were real.
    const cards = await db.selectFrom('print_cards').select('id').execute();
    expect(cards.length).toBeGreaterThan(10);
  });
});
