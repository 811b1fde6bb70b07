import type { BurialDetail, BurialFigures, BurialReply } from '@sigap/contracts';
import { expect, it } from 'vitest';
import { buildBurial, createCemeteryFor } from '../helpers/factories';
import { describeEachEngine } from '../helpers/test-env';
import { resident } from '../sukets/helpers';

/** The command center's figures follow every step: entry, match, certificate, dismissal, annulment. */
describeEachEngine('burial figures', (env) => {
  it('counts entered, matched, certified, dismissed and pending per cemetery and village, and by age', async () => {
    const a = await createCemeteryFor(env().handle, '18.71.01', ['bandarlampung.makam'], 'TPU Angka A');
    const b = await createCemeteryFor(env().handle, '18.71.02', ['bandarlampung.makam'], 'TPU Angka B');
    const manager = await env().as('bandarlampung.makam');
    const office = await env().as('bandarlampung.operator');
    const enter = async (c: number, o: Record<string, unknown> = {}) =>
      (await manager.post<BurialReply>(`/api/v1/burials/cemeteries/${c}/entries`, buildBurial(o))).body.burial
        .id;
    const r1 = await resident(env(), { villageCode: '18.71.01.1001' });
    const e1 = await enter(a);
    await enter(a);
    const e3 = await enter(b);
    await office.post<BurialDetail>(`/api/v1/burials/${e1}/match`, { residentId: r1 });
    const cert = await office.post<BurialDetail>(`/api/v1/burials/${e1}/certify`, {});
    expect(cert.status, JSON.stringify(cert.body)).toBe(200);
    await office.post(`/api/v1/burials/${e3}/dismiss`, { reason: 'Duplikat dari TPU lain' });
    // One entry is 40 days old: it shows in its age bucket.
    const old = await enter(b);
    const day = new Date(Date.now() - 40 * 86_400_000).toISOString().slice(0, 10);
    await env().handle.db.updateTable('burials').set({ entered_day: day }).where('id', '=', old).execute();

    const f = (await office.get<BurialFigures>('/api/v1/burials/figures?region=18.71')).body;
    expect(f.totals).toMatchObject({ entered: 4, matched: 0, certified: 1, dismissed: 1, pending: 2 });
    expect(f.pendingByAge).toEqual([
      { bucket: '0-7', count: 1 },
      { bucket: '8-30', count: 0 },
      { bucket: '31-90', count: 1 },
      { bucket: '90+', count: 0 },
    ]);
    expect(f.byCemetery.find((c) => c.name === 'TPU Angka A')).toMatchObject({
      entered: 2,
      certified: 1,
      pending: 1,
    });
    expect(f.byCemetery.find((c) => c.name === 'TPU Angka B')).toMatchObject({
      entered: 2,
      dismissed: 1,
      pending: 1,
    });
    // The certified entry counts in its resident's village.
    expect(f.byVillage.find((v) => v.key === '18.71.01.1001')).toMatchObject({ certified: 1 });

    // Annulment puts the entry back to matched: certified falls, matched and pending rise.
    await (await env().as('admin')).post(`/api/v1/burials/${e1}/annul`, { reason: 'Salah orang' });
    const g = (await office.get<BurialFigures>('/api/v1/burials/figures?region=18.71')).body;
    expect(g.totals).toMatchObject({ entered: 4, matched: 1, certified: 0, dismissed: 1, pending: 3 });
  });
});
