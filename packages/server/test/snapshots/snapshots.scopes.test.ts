import { expect, it } from 'vitest';
import { expectError } from '../helpers/factories';
import { describeEachEngine } from '../helpers/test-env';
import { userWithRole } from './scope-cast';

const TREND = (region: string) => `/api/v1/coverage/trend?region=${region}`;

describeEachEngine('snapshots scopes', (env) => {
  it('a regency operator (18.71) snapshots and reads its regency only', async () => {
    const op = await env().as('bandarlampung.operator');
    expect((await op.post('/api/v1/snapshots', { region: '18.71' })).status).toBe(201);
    expect((await op.post('/api/v1/snapshots', { region: '18.71.01' })).status).toBe(201);
    expect((await op.get(TREND('18.71'))).status).toBe(200);
    for (const region of ['18.01', '52', '18', 'ID']) {
      expectError(await op.post('/api/v1/snapshots', { region }), 403, 'out_of_scope');
      expectError(await op.get(TREND(region)), 403, 'out_of_scope');
    }
  });

  it('pimpinan reads the province trend but may not take snapshots', async () => {
    const boss = await env().as('lampung.pimpinan');
    expect((await boss.get(TREND('18'))).status).toBe(200);
    expectError(await boss.post('/api/v1/snapshots', { region: '18' }), 403, 'forbidden');
    expectError(await boss.get(TREND('52')), 403, 'out_of_scope');
  });

  it('a counter clerk reads the trend but may not take snapshots', async () => {
    const loket = await env().as('bandarlampung.loket');
    expect((await loket.get(TREND('18.71'))).status).toBe(200);
    expectError(await loket.post('/api/v1/snapshots', { region: '18.71' }), 403, 'forbidden');
  });

  it('province admins stay in their province', async () => {
    const ntb = await env().as('ntb.admin');
    expect((await ntb.post('/api/v1/snapshots', { region: '52' })).status).toBe(201);
    expectError(await ntb.post('/api/v1/snapshots', { region: '18' }), 403, 'out_of_scope');
  });

  it('verifikator and pengelola_makam are forbidden, even inside their region', async () => {
    for (const role of ['verifikator', 'pengelola_makam'] as const) {
      const user = await userWithRole(env(), role, '18.71');
      expectError(await user.get(TREND('18.71')), 403, 'forbidden');
      expectError(await user.post('/api/v1/snapshots', { region: '18.71' }), 403, 'forbidden');
    }
  });

  it('anonymous callers get 401', async () => {
    expectError(await env().anonymous().get(TREND('18')), 401, 'not_authenticated');
    expectError(
      await env().anonymous().post('/api/v1/snapshots', { region: '18' }),
      401,
      'not_authenticated',
    );
  });
});
