import fc from 'fast-check';
import type { Kysely } from 'kysely';
import { expect, it } from 'vitest';
import type { Database } from '../../src/db/schema';
import { CounterDeltas } from '../../src/modules/counters/counter-deltas';
import { describeEachEngine } from '../helpers/test-env';
import { portableOracle } from '../oracle/portable-oracle';
import { baseRows, runScenario, type Scenario, scenario, writeBase } from '../oracle/store-scenario';

/** Thrown to end a transaction with a rollback, so the next run starts from the same committed base. */
class Rollback extends Error {}

async function rolledBack<T>(db: Kysely<Database>, work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  let result: T | undefined;
  try {
    await db.transaction().execute(async (trx) => {
      result = await work(trx);
      throw new Rollback();
    });
  } catch (err) {
    if (!(err instanceof Rollback)) throw err;
  }
  return result as T;
}

async function clear(db: Kysely<Database>): Promise<void> {
  for (const table of ['resident_history', 'residents', 'resident_counts', 'resident_counts_day'] as const) {
    await db.deleteFrom(table).execute();
  }
}

describeEachEngine('the engine store equals the portable oracle', (env) => {
  it('answers and writes exactly what the portable Kysely queries do', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (s: Scenario) => {
        const { db, store } = env().handle;
        await clear(db);
        await writeBase(db, store, s);
        const viaStore = await rolledBack(db, (trx) => runScenario(trx, store, s));
        const viaOracle = await rolledBack(db, (trx) => runScenario(trx, portableOracle(store), s));
        expect(viaStore).toEqual(viaOracle);
        // Not two empty answers: every base resident was found with its signature, every new one stored.
        const base = baseRows(s);
        expect(viaStore.found).toHaveLength(base.length);
        expect(viaStore.signatures).toHaveLength(base.length);
        expect(viaStore.insertedNiks).toHaveLength(s.fresh.length);
        expect(viaStore.idsAreTheStoredOnes).toBe(true);
        expect(viaStore.tables.residents).toHaveLength(base.length + s.fresh.length);
        expect(viaStore.tables.history).toHaveLength(s.history.length);
      }),
      { numRuns: 30, seed: 20251204 },
    );
    // About 7 s on PostgreSQL alone; the whole suite on two busy cores can take it past the default 30 s.
  }, 120_000);

  it('refuses to run its bulk path outside a transaction', async () => {
    const { db, store } = env().handle;
    expect(() => store.residents(db)).toThrow(/inside a transaction/);
    await expect(store.applyCounterDeltas(db, new CounterDeltas())).rejects.toThrow(/inside a transaction/);
    const entry = { row: {} as never, hashOf: () => '', canonical: '', genesis: '' };
    await expect(store.appendAuditEntry(db, entry)).rejects.toThrow(/inside a transaction/);
  });
});
