import type { DeathReportPage } from '@sigap/contracts';
import { beforeAll, expect, it } from 'vitest';
import { expectError } from '../helpers/factories';
import { buildResident } from '../helpers/resident-factory';
import { describeEachEngine } from '../helpers/test-env';
import { residentId, seedResidents } from '../residents/seed-residents';

const kota = buildResident({
  fullName: 'WARGA KOTA LAPOR',
  villageCode: '18.71.01.1005',
  birthDate: '1950-01-01',
});
const lombok = buildResident({
  fullName: 'WARGA LOMBOK LAPOR',
  villageCode: '52.01.01.1001',
  birthDate: '1950-01-01',
});
const report = { dateOfDeath: '2025-09-01', documentNo: 'SKK/55/2025', reason: 'Laporan keluarga' };

/** Death reports stay inside the officer's region, and only the roles of the table may report or decide. */
describeEachEngine('death reports scopes', (env) => {
  beforeAll(async () => {
    await seedResidents(env(), [kota, lombok]);
    const clerk = await env().as('bandarlampung.loket');
    const ntb = await env().as('lombokbarat.operator');
    expect(
      (await clerk.post(`/api/v1/residents/${await residentId(env(), kota.nik)}/death-report`, report))
        .status,
    ).toBe(200);
    expect(
      (await ntb.post(`/api/v1/residents/${await residentId(env(), lombok.nik)}/death-report`, report))
        .status,
    ).toBe(200);
  });

  it('each regency’s worklist holds its own reports only', async () => {
    const op = await env().as('bandarlampung.operator');
    const ntb = await env().as('lombokbarat.operator');
    const mine = await op.get<DeathReportPage>('/api/v1/death-reports');
    expect(mine.body.items.map((r) => r.residentName)).toEqual(['WARGA KOTA LAPOR']);
    const theirs = await ntb.get<DeathReportPage>('/api/v1/death-reports');
    expect(theirs.body.items.map((r) => r.residentName)).toEqual(['WARGA LOMBOK LAPOR']);
    expectError(await op.get('/api/v1/death-reports?region=52'), 403, 'out_of_scope');
  });

  it('a resident outside the scope answers like an unknown one, and nothing is decided', async () => {
    const op = await env().as('bandarlampung.operator');
    const id = await residentId(env(), lombok.nik);
    for (const path of ['death-report', 'death-report/confirm']) {
      expectError(
        await op.post(`/api/v1/residents/${id}/${path}`, path === 'death-report' ? report : {}),
        404,
        'resident_not_found',
      );
    }
    const still = await (await env().as('lombokbarat.operator')).get<DeathReportPage>(
      '/api/v1/death-reports',
    );
    expect(still.body.items[0]?.status).toBe('pending');
  });

  it('the province admin and the leadership read figures, not death reports', async () => {
    const id = await residentId(env(), kota.nik);
    for (const user of ['lampung.admin', 'lampung.pimpinan']) {
      const c = await env().as(user);
      expectError(await c.post(`/api/v1/residents/${id}/death-report/confirm`, {}), 403, 'forbidden');
      expectError(await c.get('/api/v1/death-reports'), 403, 'forbidden');
    }
  });
});
