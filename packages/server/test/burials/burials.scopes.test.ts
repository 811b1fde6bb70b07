import type { BurialFigures, BurialPage, BurialReply, CemeteryList } from '@sigap/contracts';
import { beforeAll, expect, it } from 'vitest';
import { buildBurial, createCemeteryFor, createUserVia, expectError } from '../helpers/factories';
import { describeEachEngine, type TestEnv } from '../helpers/test-env';

async function burialCount(env: TestEnv): Promise<number> {
  const r = await env.handle.db
    .selectFrom('burials')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/**
 * A manager enters burials only at their own cemeteries; an office outside the region neither sees nor
 * touches an entry there; an administrator creates a manager account only with a cemetery of its region.
 */
describeEachEngine('burial scopes', (env) => {
  let mine = 0;
  let other = 0;
  let entry = 0;
  beforeAll(async () => {
    mine = await createCemeteryFor(env().handle, '18.71.01', ['bandarlampung.makam']);
    other = await createCemeteryFor(env().handle, '18.71.02');
    const r = await (await env().as('bandarlampung.makam')).post<BurialReply>(
      `/api/v1/burials/cemeteries/${mine}/entries`,
      buildBurial({ fullName: 'Almarhum Lingkup' }),
    );
    entry = r.body.burial.id;
  });

  it('keeps a manager to the cemeteries linked to them, writing nothing elsewhere', async () => {
    const manager = await env().as('bandarlampung.makam');
    const before = await burialCount(env());
    const list = await manager.get<CemeteryList>('/api/v1/burials/cemeteries/mine');
    expect(list.body.items.map((c) => c.id)).toEqual([mine]);
    expectError(
      await manager.post(`/api/v1/burials/cemeteries/${other}/entries`, buildBurial()),
      404,
      'cemetery_not_found',
    );
    expectError(await manager.get(`/api/v1/burials/cemeteries/${other}/entries`), 404, 'cemetery_not_found');
    // The office's worklist, decisions and figures are not the manager's.
    expectError(await manager.get('/api/v1/burials'), 403, 'forbidden');
    expectError(
      await manager.post(`/api/v1/burials/${entry}/dismiss`, { reason: 'Bukan haknya' }),
      403,
      'forbidden',
    );
    expect(await burialCount(env())).toBe(before);
  });

  it('keeps NTB out of a Lampung entry and its figures', async () => {
    const ntb = await env().as('lombokbarat.operator');
    const before = await burialCount(env());
    expectError(await ntb.get('/api/v1/burials?region=18.71'), 403, 'out_of_scope');
    expectError(await ntb.get('/api/v1/burials/figures?region=18.71'), 403, 'out_of_scope');
    expectError(await ntb.get('/api/v1/burials/cemeteries?region=18.71'), 403, 'out_of_scope');
    expectError(await ntb.get(`/api/v1/burials/${entry}`), 404, 'burial_not_found');
    expectError(
      await ntb.post(`/api/v1/burials/${entry}/dismiss`, { reason: 'Bukan wilayahnya' }),
      404,
      'burial_not_found',
    );
    expectError(
      await ntb.post(`/api/v1/burials/cemeteries/${mine}/entries`, buildBurial()),
      404,
      'cemetery_not_found',
    );
    const own = await ntb.get<BurialPage>('/api/v1/burials');
    expect(own.body.items.map((b) => b.id)).not.toContain(entry);
    const figures = await ntb.get<BurialFigures>('/api/v1/burials/figures');
    expect(figures.body.totals.entered).toBe(0);
    expect(await burialCount(env())).toBe(before);
  });

  it('creates a manager account only with a cemetery inside its region', async () => {
    const admin = await env().as('lampung.admin');
    const body = {
      username: 'makam.baru',
      fullName: 'Pengelola Baru',
      role: 'pengelola_makam',
      regionCode: '18.71',
      password: 'sandi-uji-rahasia-1',
    };
    expectError(await admin.post('/api/v1/users', body), 422, 'cemetery_required');
    const ntbCemetery = await createCemeteryFor(env().handle, '52.01.01');
    expectError(
      await admin.post('/api/v1/users', { ...body, cemeteryIds: [ntbCemetery] }),
      422,
      'cemetery_outside_region',
    );
    expect(
      (await env().handle.db.selectFrom('users').select('id').where('username', '=', 'makam.baru').execute())
        .length,
    ).toBe(0);
    const ok = await admin.post('/api/v1/users', { ...body, cemeteryIds: [other] });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    const fresh = await createUserVia(admin, { role: 'petugas_loket' });
    expect(fresh.id).toBeGreaterThan(0);
  });
});
