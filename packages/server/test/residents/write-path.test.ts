import { expect, it } from 'vitest';
import { figuresFor } from '../../src/modules/counters/coverage.service';
import { naiveFigures } from '../../src/modules/counters/naive-scan';
import { applyResidentWrites } from '../../src/modules/residents/resident-write.service';
import type { ResidentWrite, WriteMeta } from '../../src/modules/residents/resident-write.types';
import { buildResident } from '../helpers/resident-factory';
import { describeEachEngine, type TestEnv } from '../helpers/test-env';

const META: WriteMeta = {
  source: 'import',
  actor: null,
  ip: null,
  scope: 'ID',
  audit: 'batch',
  enforceTransitions: false,
};

async function write(env: TestEnv, writes: ResidentWrite[]) {
  return env.handle.db
    .transaction()
    .execute((trx) => applyResidentWrites(trx, env.engine, writes, META, env.handle.sqlite));
}

describeEachEngine('one write path', (env) => {
  it('takes a NIK named twice in one batch as its final state, once', async () => {
    const r = buildResident({ villageCode: '18.71.01.1003', birthDate: '1980-01-01' });
    expect(await write(env(), [{ kind: 'upsert', record: r }])).toMatchObject({ inserted: 1 });
    const back = await write(env(), [
      { kind: 'patch', nik: r.nik, patch: { recordingStatus: 'BIO_CAPTURED' } },
      { kind: 'patch', nik: r.nik, patch: { recordingStatus: 'UNREGISTERED' } },
    ]);
    // Changed and changed back within the batch: nothing is written, no history, counters untouched.
    expect(back).toMatchObject({ inserted: 0, updated: 0, unchanged: 1, rejected: [] });
    const twice = await write(env(), [
      { kind: 'patch', nik: r.nik, patch: { recordingStatus: 'BIO_CAPTURED' } },
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
});
