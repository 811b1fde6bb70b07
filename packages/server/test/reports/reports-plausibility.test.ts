import type { Prefill } from '@sigap/contracts';
import { beforeAll, expect, it } from 'vitest';
import { buildResident } from '../helpers/resident-factory';
import { describeEachEngine } from '../helpers/test-env';
import { seedResidents } from '../residents/seed-residents';
import { putAs } from '../settings/put-json';
import { operatorOf, type ReportReply, reportBody } from './report-fixtures';

const DAY = '2024-03-01';
const plausibility = (r: ReportReply) =>
  r.report.flags
    .filter((f) => /population|registry/.test(f.code))
    .map((f) => [f.code, f.severity, f.message]);

describeEachEngine('daily reports: plausibility against what Sigap knows of the regency', (env) => {
  beforeAll(async () => {
    // Kota Bandar Lampung in the registry: 12 residents, 10 of them must hold an e-KTP.
    await seedResidents(env(), [
      ...Array.from({ length: 10 }, () => buildResident({ villageCode: '18.71.01.1003' })),
      ...Array.from({ length: 2 }, () =>
        buildResident({ villageCode: '18.71.01.1003', birthDate: '2015-01-01' }),
      ),
    ]);
  });

  const send = async (body: Record<string, unknown>, regency = '18.71') => {
    const op =
      regency === '18.71' ? await env().as('bandarlampung.operator') : await operatorOf(env(), regency);
    const r = await op.post<ReportReply>('/api/v1/daily-reports', reportBody({ regency, ...body }));
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body;
  };

  it('flags typed wajib, recorded and not-recorded figures above the registry population, both numbers shown', async () => {
    const r = await send({ date: DAY, mustHoldId: 15, cumulativeRecorded: 14, statedRemaining: 13 });
    expect(plausibility(r)).toEqual([
      [
        'wajib_exceeds_population',
        'error',
        'Jumlah wajib KTP 15 melebihi penduduk menurut registri Sigap 12; tidak mungkin benar.',
      ],
      [
        'recorded_exceeds_population',
        'error',
        'Jumlah sudah rekam 14 melebihi penduduk menurut registri Sigap 12; tidak mungkin benar.',
      ],
      [
        'not_recorded_exceeds_population',
        'error',
        'Jumlah belum rekam 13 melebihi penduduk menurut registri Sigap 12; tidak mungkin benar.',
      ],
    ]);
    const flag = r.report.flags.find((f) => f.code === 'wajib_exceeds_population');
    expect(flag?.messageEn).toBe(
      "Must hold an e-KTP 15 exceeds the population in Sigap's registry 12; it cannot be true.",
    );
  });

  it('warns when the typed wajib is more than 10% from the registry wajib, not within it', async () => {
    const far = await send({ date: '2024-03-02', mustHoldId: 12, cumulativeRecorded: 5 });
    expect(plausibility(far)).toEqual([
      [
        'wajib_far_from_registry',
        'warning',
        'Jumlah wajib KTP 12 berbeda 20,0% dari registri Sigap 10 (batas 10%); mohon dicek.',
      ],
    ]);
    const near = await send({ date: '2024-03-03', mustHoldId: 11, cumulativeRecorded: 5 });
    expect(plausibility(near)).toEqual([]);
  });

  it('does not check figures pre-filled from Sigap itself', async () => {
    const r = await send({ date: '2024-03-04', source: 'sigap', mustHoldId: 15, cumulativeRecorded: 5 });
    expect(plausibility(r)).toEqual([]);
  });

  it('checks a regency with an incomplete registry against the population the province set', async () => {
    // Lampung Barat has no resident in Sigap: nothing to check against until the province sets a figure.
    const before = await send({ date: DAY, mustHoldId: 600, cumulativeRecorded: 500 }, '18.01');
    expect(plausibility(before)).toEqual([]);
    const op = await operatorOf(env(), '18.01');
    expect(
      (
        await putAs(env(), 'bandarlampung.operator', '/api/v1/settings/report_population', {
          scope: '18.01',
          value: 500,
        })
      ).status,
    ).toBe(403);
    const set = await putAs(env(), 'lampung.admin', '/api/v1/settings/report_population', {
      scope: '18.01',
      value: 500,
    });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    const prefill = await op.get<Prefill>(`/api/v1/daily-reports/prefill?regency=18.01&date=${DAY}`);
    expect(prefill.body.facts).toEqual({ population: 500, mustHoldId: null, source: 'setting' });
    const after = await send({ date: '2024-03-02', mustHoldId: 600, cumulativeRecorded: 450 }, '18.01');
    expect(plausibility(after)).toEqual([
      [
        'wajib_exceeds_population',
        'error',
        'Jumlah wajib KTP 600 melebihi penduduk yang ditetapkan provinsi 500; tidak mungkin benar.',
      ],
    ]);
  });

  it('prefills the registry facts the form checks typed figures against', async () => {
    const op = await env().as('bandarlampung.operator');
    const r = await op.get<Prefill>(`/api/v1/daily-reports/prefill?regency=18.71&date=${DAY}`);
    expect(r.body.facts).toEqual({ population: 12, mustHoldId: 10, source: 'registry' });
  });
});
