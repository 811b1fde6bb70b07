import type { FieldListPage } from '@sigap/contracts';
import { beforeAll, expect, it } from 'vitest';
import { expectError } from '../helpers/factories';
import { buildResident } from '../helpers/resident-factory';
import { describeEachEngine } from '../helpers/test-env';
import { seedResidents } from '../residents/seed-residents';

const kota = buildResident({ fullName: 'WARGA KOTA DAFTAR', villageCode: '18.71.01.1005' });

/** Field lists hold names and addresses: inside the scope only, never for the read-only leadership. */
describeEachEngine('field lists scopes', (env) => {
  beforeAll(async () => {
    await seedResidents(env(), [kota]);
  });

  it('the regency operator, its counter clerk and the province admin see 18.71’s list', async () => {
    for (const user of ['bandarlampung.operator', 'bandarlampung.loket', 'lampung.admin']) {
      const c = await env().as(user);
      const r = await c.get<FieldListPage>('/api/v1/field-lists?region=18.71.01.1005');
      expect(r.status, user).toBe(200);
      expect(r.body.items.map((i) => i.fullName)).toContain('WARGA KOTA DAFTAR');
    }
  });

  it('another province’s operator gets out_of_scope, and the leadership no list at all', async () => {
    const ntb = await env().as('lombokbarat.operator');
    const refused = expectError(
      await ntb.get('/api/v1/field-lists?region=18.71.01.1005'),
      403,
      'out_of_scope',
    );
    expect(JSON.stringify(refused)).not.toContain('WARGA KOTA DAFTAR');
    const leader = await env().as('lampung.pimpinan');
    expectError(await leader.get('/api/v1/field-lists?region=18.71.01.1005'), 403, 'forbidden');
    expectError(await leader.get('/api/v1/field-lists/export?region=18.71.01.1005'), 403, 'forbidden');
  });
});
