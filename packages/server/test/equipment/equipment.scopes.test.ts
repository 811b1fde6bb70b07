import type { EquipmentList, LoanList, LoanReply } from '@sigap/contracts';
import { expect, it } from 'vitest';
import { expectError } from '../helpers/factories';
import { describeEachEngine, type TestEnv } from '../helpers/test-env';
import { addItem, loanBody, reserve } from './helpers';

async function loanCount(env: TestEnv): Promise<number> {
  const r = await env.handle.db
    .selectFrom('equipment_loans')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

describeEachEngine('equipment scopes', (env) => {
  it('NTB sees, reads, changes and lends nothing of Lampung', async () => {
    const item = await addItem(env());
    const loan = await reserve(env(), loanBody([item], '2030-10-01', '2030-10-02'));
    const ntb = await env().as('ntb.admin');
    expect((await ntb.get<EquipmentList>('/api/v1/equipment')).body.items.map((i) => i.id)).not.toContain(
      item,
    );
    expect((await ntb.get<LoanList>('/api/v1/equipment/loans')).body.items.map((l) => l.id)).not.toContain(
      loan,
    );
    expectError(await ntb.get('/api/v1/equipment?region=18'), 403, 'out_of_scope');
    expectError(await ntb.get(`/api/v1/equipment/${item}`), 403, 'out_of_scope');
    expectError(await ntb.patch(`/api/v1/equipment/${item}`, { notes: 'x' }), 403, 'out_of_scope');
    expectError(await ntb.get(`/api/v1/equipment/loans/${loan}`), 403, 'out_of_scope');
    expectError(
      await ntb.post(`/api/v1/equipment/loans/${loan}/cancel`, { reason: 'x' }),
      403,
      'out_of_scope',
    );
    const before = await loanCount(env());
    expectError(
      await ntb.post('/api/v1/equipment/loans', loanBody([item], '2030-10-05', '2030-10-06')),
      403,
      'out_of_scope',
    );
    expect(await loanCount(env())).toBe(before);
  });

  it('a regency reads its loans but neither lends nor touches the province pool; another regency is out', async () => {
    const item = await addItem(env());
    const loan = await reserve(env(), loanBody([item], '2030-10-10', '2030-10-11'));
    const op = await env().as('bandarlampung.operator');
    expect((await op.get<LoanReply>(`/api/v1/equipment/loans/${loan}`)).status).toBe(200);
    expectError(await op.get(`/api/v1/equipment/${item}`), 403, 'out_of_scope');
    expectError(
      await op.post('/api/v1/equipment/loans', loanBody([item], '2030-10-12', '2030-10-13')),
      403,
      'forbidden',
    );
    expectError(await op.post(`/api/v1/equipment/loans/${loan}/cancel`, { reason: 'x' }), 403, 'forbidden');
    expectError(
      await op.post('/api/v1/equipment/operators', { regionCode: '18', name: 'Operator Asing' }),
      403,
      'forbidden',
    );
    const metro = await reserve(env(), {
      ...loanBody([item], '2030-10-20', '2030-10-21'),
      toRegion: '18.72',
    });
    expectError(await op.post(`/api/v1/equipment/loans/${metro}/arrival`, {}), 403, 'out_of_scope');
    const loket = await env().as('bandarlampung.loket');
    expect((await loket.get<EquipmentList>('/api/v1/equipment')).status).toBe(200);
    expectError(await loket.post(`/api/v1/equipment/loans/${loan}/arrival`, {}), 403, 'forbidden');
    const pimpinan = await env().as('lampung.pimpinan');
    expectError(
      await pimpinan.post(`/api/v1/equipment/${item}/incidents`, { status: 'broken', reason: 'x' }),
      403,
      'forbidden',
    );
  });
});
