import type { ChildrenForecastResponse, Election, ForecastResponse } from '@sigap/contracts';
import { addDays } from '@sigap/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectError } from '../helpers/factories';
import { describeEachEngine } from '../helpers/test-env';
import {
  recordedOn,
  recordingDays,
  seedWithHistory,
  unrecorded,
  wibToday,
} from '../snapshots/history-fixture';

describeEachEngine('forecast API', (env) => {
  const today = wibToday();

  beforeAll(async () => {
    await seedWithHistory(
      env(),
      [
        // Kota Bandar Lampung: a steady 2 a day for 40 days, 40 still to record.
        ...recordedOn(
          '18.71.01.1003',
          recordingDays(today, 40, () => 2),
        ),
        ...recordedOn('18.71.01.1003', Array(10).fill('2023-05-01')),
        ...unrecorded('18.71.01.1003', 40),
        // Lampung Barat: everyone recorded long ago.
        ...recordedOn('18.01.04.2001', Array(5).fill('2022-01-01')),
      ],
      today,
    );
  });

  describe('one region', () => {
    it('forecasts from 60 reconstructed days plus today live', async () => {
      const admin = await env().as('lampung.admin');
      const r = await admin.get<ForecastResponse>('/api/v1/forecast?region=18.71');
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      const { body } = r;
      expect(body).toMatchObject({ referenceDate: today, today, deadline: null, election: null, target: 1 });
      expect(body.region).toMatchObject({ code: '18.71', level: 'regency' });
      expect(body.series).toHaveLength(61);
      expect(body.series[0]).toMatchObject({ date: addDays(today, -60), recorded: 10, live: false });
      expect(body.series.at(-1)).toMatchObject({ date: today, recorded: 90, mustHoldId: 130, live: true });
      expect(body.forecast).toMatchObject({
        paceLast7: 2,
        paceLast28: 2,
        remaining: 40,
        model: 'linear',
        projectedDate: addDays(today, 20),
        status: 'on_track',
        requiredDailyRate: null,
      });
    });

    it('judges the projection against a deadline date', async () => {
      const admin = await env().as('lampung.admin');
      const late = await admin.get<ForecastResponse>(
        `/api/v1/forecast?region=18.71&date=${addDays(today, 30)}`,
      );
      expect(late.body.forecast).toMatchObject({ status: 'on_track', requiredDailyRate: 2 });
      const early = await admin.get<ForecastResponse>(
        `/api/v1/forecast?region=18.71&date=${addDays(today, 10)}`,
      );
      expect(early.body.forecast).toMatchObject({ status: 'off_track', requiredDailyRate: 4 });
      expect(early.body.forecast.reasons.map((x) => x.code)).toContain('projected_after_voting_day');
    });

    it('takes the target from the request, then the settings, else 100%', async () => {
      const admin = await env().as('lampung.admin');
      const half = await admin.get<ForecastResponse>('/api/v1/forecast?region=18.71&target=0.5');
      expect(half.body.forecast).toMatchObject({ status: 'reached', targetCount: 65, remaining: 0 });
      const { db } = env().handle;
      await db
        .insertInto('settings')
        .values({
          scope_code: '18',
          key: 'forecast_target',
          value: '0.9',
          updated_at: new Date().toISOString(),
          updated_by: null,
        })
        .execute();
      try {
        const set = await admin.get<ForecastResponse>('/api/v1/forecast?region=18.71');
        expect(set.body).toMatchObject({ target: 0.9, forecast: { targetCount: 117, remaining: 27 } });
      } finally {
        await db.deleteFrom('settings').where('key', '=', 'forecast_target').execute();
      }
    });

    it('refuses bad input', async () => {
      const admin = await env().as('lampung.admin');
      expectError(await admin.get('/api/v1/forecast?region=18.71&target=1.5'), 400, 'validation_failed');
      expectError(await admin.get('/api/v1/forecast?region=18.71&target=0'), 400, 'validation_failed');
      expectError(
        await admin.get(`/api/v1/forecast?region=18.71&date=${today}&election=1`),
        400,
        'validation_failed',
      );
      expectError(await admin.get('/api/v1/forecast?region=18.99'), 404, 'region_not_found');
      expectError(await admin.get('/api/v1/forecast?region=18.71&election=9999'), 404, 'election_not_found');
    });
  });

  describe('children', () => {
    it('forecasts every regency of the province', async () => {
      const admin = await env().as('lampung.admin');
      const r = await admin.get<ChildrenForecastResponse>('/api/v1/forecast/children?region=18');
      expect(r.status).toBe(200);
      expect(r.body.items).toHaveLength(15);
      const by = new Map(r.body.items.map((i) => [i.code, i]));
      expect(by.get('18.71')?.forecast.status).toBe('on_track');
      expect(by.get('18.71')).toMatchObject({ recorded: 90, mustHoldId: 130 });
      expect(by.get('18.01')?.forecast.status).toBe('reached');
      expect(by.get('18.01')?.percentRecorded).toBe(1);
      expect(by.get('18.72')?.forecast).toMatchObject({
        status: 'insufficient_history',
        projectedDate: null,
      });
      expect(by.get('18.72')?.forecast.reasons[0]?.code).toBe('no_residents');
    });
  });

  describe('elections', () => {
    it('uses the given election, and by default the next one covering the region', async () => {
      const admin = await env().as('lampung.admin');
      const votingDate = addDays(today, 30);
      const created = await admin.post<{ election: Election }>('/api/v1/elections', {
        name: 'Pilkada Uji Lampung',
        kind: 'pilkada',
        votingDate,
        regionCodes: ['18'],
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const id = created.body.election.id;
      const explicit = await admin.get<ForecastResponse>(`/api/v1/forecast?region=18.71&election=${id}`);
      expect(explicit.body).toMatchObject({
        referenceDate: votingDate,
        deadline: votingDate,
        election: { id },
      });
      const implicit = await admin.get<ForecastResponse>('/api/v1/forecast?region=18.71.01');
      expect(implicit.body).toMatchObject({ deadline: votingDate, election: { id } });
      expect(implicit.body.forecast.requiredDailyRate).toBe(2);
      const ntb = await (await env().as('ntb.admin')).get<ForecastResponse>('/api/v1/forecast?region=52');
      expect(ntb.body.deadline).toBeNull();
    });
  });
});
