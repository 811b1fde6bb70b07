import { expect, it } from 'vitest';
import { figuresFor } from '../../src/modules/counters';
import { applyResidentWrites } from '../../src/modules/residents/resident-write.service';
import type { ResidentWrite } from '../../src/modules/residents/resident-write.types';
import { naiveFigures } from '../helpers/naive-scan';
import { buildResident, IMPORT_META } from '../helpers/resident-factory';
import { describeEachEngine, type TestEnv } from '../helpers/test-env';

async function write(env: TestEnv, writes: ResidentWrite[]) {
  return env.handle.db
    .transaction()
    .execute((trx) => applyResidentWrites(trx, env.handle.store, writes, IMPORT_META));
}

describeEachEngine('one write path', (env) => {
  it('takes a NIK named twice in one batch as its final state, once', async () => {
    const r = buildResident({ villageCode: '18.71.01.1003', birthDate: '1980-01-01' });
    expect(await write(env(), [{ kind: 'upsert', record: r }])).toMatchObject({ inserted: 1 });
    const back = await write(env(), [
      { kind: 'patch', nik: r.nik, patch: { recordingStatus: 'BIO_CAPTURED', recordingDate: '2024-01-10' } },
      { kind: 'patch', nik: r.nik, patch: { recordingStatus: 'UNREGISTERED', recordingDate: null } },
    ]);
    // Changed and changed back within the batch: nothing is written, no history, counters untouched.
    expect(back).toMatchObject({ inserted: 0, updated: 0, unchanged: 1, rejected: [] });
    const twice = await write(env(), [
      { kind: 'patch', nik: r.nik, patch: { recordingStatus: 'BIO_CAPTURED', recordingDate: '2024-01-10' } },
      { kind: 'patch', nik: r.nik, patch: { recordingStatus: 'PRINT_READY_RECORD' } },
    ]);
    expect(twice).toMatchObject({ updated: 1, unchanged: 0 });
    const history = await env()
      .handle.db.selectFrom('resident_history')
      .innerJoin('residents', 'residents.id', 'resident_history.resident_id')
      .select(['field', 'from_value', 'to_value'])
      .where('residents.nik', '=', r.nik)
      .orderBy('resident_history.id')
      .execute();
    expect(history).toEqual([
      { field: 'created', from_value: null, to_value: 'UNREGISTERED' },
      { field: 'recording', from_value: 'UNREGISTERED', to_value: 'PRINT_READY_RECORD' },
    ]);
    expect(await figuresFor(env().handle.db, '18.71', '2024-02-14')).toEqual(
      await naiveFigures(env().handle.db, '18.71', '2024-02-14'),
    );
  });

  it('sets aside re-imported rows equal to the stored ones, and only those', async () => {
    const same = buildResident({ villageCode: '18.71.01.1003', birthDate: '1990-05-05', address: 'SAMA' });
    const edited = buildResident({ villageCode: '18.71.01.1003', birthDate: '1991-06-06', address: 'LAMA' });
    const twice = buildResident({ villageCode: '18.71.01.1003', birthDate: '1992-07-07', address: 'DUA' });
    const blank = buildResident({ villageCode: '18.71.01.1003', birthDate: '1993-08-08', phone: null });
    const emptied = buildResident({ villageCode: '18.71.01.1003', birthDate: '1994-09-09', phone: null });
    const odd = buildResident({ villageCode: '18.71.01.1003', birthDate: '1995-10-10', address: 'A\u001fB' });
    const all = [same, edited, twice, blank, emptied, odd];
    await write(
      env(),
      all.map((record) => ({ kind: 'upsert' as const, record })),
    );
    const again = await write(env(), [
      { kind: 'upsert', record: same },
      { kind: 'upsert', record: { ...edited, address: 'BARU' } },
      // Named twice: changed, then back to what is stored. The batch's final state is what counts.
      { kind: 'upsert', record: { ...twice, address: 'LAIN' } },
      { kind: 'upsert', record: twice },
      { kind: 'upsert', record: { ...blank, phone: null } },
      // NULL and the empty string differ: this is a change.
      { kind: 'upsert', record: { ...emptied, phone: '' } },
      // A value holding the signature's separator takes the full comparison, with the same answer.
      { kind: 'upsert', record: odd },
    ]);
    expect(again).toMatchObject({ inserted: 0, updated: 2, unchanged: 4, rejected: [] });
    const narrow = await env()
      .handle.db.transaction()
      .execute((trx) =>
        applyResidentWrites(trx, env().handle.store, [{ kind: 'upsert', record: same }], {
          ...IMPORT_META,
          scope: '18.01',
        }),
      );
    // Unchanged but outside the writer's scope: refused, not counted as unchanged.
    expect(narrow.unchanged).toBe(0);
    expect(narrow.rejected.map((r) => r.code)).toEqual(['out_of_scope']);
  });
});
