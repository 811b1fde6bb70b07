import type { CoverageResponse, ElectionList, ForecastResponse, TrendResponse } from '@sigap/contracts';
import { addDays, formatDateLong } from '@sigap/domain';
import { beforeAll, expect, it } from 'vitest';
import { ensureElections } from '../../src/modules/elections';
import { pdfText } from '../exports/pdf-text';
import { rawClient } from '../exports/raw-client';
import { describeEachEngine } from '../helpers/test-env';
import {
  recordedOn,
  recordingDays,
  seedWithHistory,
  unrecorded,
  wibToday,
} from '../snapshots/history-fixture';

/**
 * Issue 11, past elections: "Pemilu 2024" showed "Target tercapai" and "Sisa 0" with 1.116 unrecorded, and
 * a pace from 2026. A past reference shows what was true then, from the close of that day.
 */
describeEachEngine('a past reference shows what was true then', (env) => {
  const today = wibToday();
  const voting = addDays(today, -20);
  let id = 0;

  beforeAll(async () => {
    await seedWithHistory(
      env(),
      [
        // 2 a day for 40 days: 20 of them after voting day.
        ...recordedOn(
          '18.71.01.1003',
          recordingDays(today, 40, () => 2),
        ),
        ...unrecorded('18.71.01.1003', 30),
      ],
      today,
    );
    await ensureElections(env().handle, [
      { name: 'Pilkada Lalu', kind: 'pilkada', votingDate: voting, regionCodes: ['18'] },
    ]);
    const list = await (await env().as('lampung.admin')).get<ElectionList>('/api/v1/elections');
    id = list.body.items.find((e) => e.name === 'Pilkada Lalu')?.id ?? 0;
  });

  it('takes the figures from the close of voting day, and says so', async () => {
    const api = await env().as('lampung.admin');
    const r = await api.get<CoverageResponse>(`/api/v1/coverage?region=18.71&election=${id}`);
    expect(r.status).toBe(200);
    expect(r.body.basis).toEqual({ source: 'snapshot', date: voting });
    // 2 a day on the 21 days from 40 to 20 days ago, voting day included: 42 recorded then (80 now).
    expect(r.body.region.figures).toMatchObject({ mustHoldId: 110, recorded: 42, notRecorded: 68 });
    const now = await api.get<CoverageResponse>(`/api/v1/coverage?region=18.71&date=${today}`);
    expect(now.body.basis).toEqual({ source: 'live', date: today });
    expect(now.body.region.figures.recorded).toBe(80);
  });

  it('has no pace, projection or required rate from today, and is not reached with people left', async () => {
    const api = await env().as('lampung.admin');
    const r = await api.get<ForecastResponse>(`/api/v1/forecast?region=18.71&election=${id}`);
    expect(r.status).toBe(200);
    expect(r.body.series.at(-1)?.date).toBe(voting);
    expect(r.body.series.every((p) => !p.live && p.date <= voting)).toBe(true);
    expect(r.body.forecast).toMatchObject({
      recorded: 42,
      remaining: 68,
      status: 'off_track',
      projectedDate: null,
      low: null,
      high: null,
      requiredDailyRate: null,
    });
    expect(r.body.forecast.reasons.map((x) => x.code)).toEqual(['voting_day_passed']);
  });

  it('ends the trend at voting day when asked for that range', async () => {
    const api = await env().as('lampung.admin');
    const r = await api.get<TrendResponse>(`/api/v1/coverage/trend?region=18.71&to=${voting}`);
    expect(r.body.items.at(-1)).toMatchObject({ date: voting, recorded: 42 });
    expect(r.body.items.some((p) => p.trigger === 'live')).toBe(false);
  });

  it('prints the same figures in the PDF with the day they are from', async () => {
    const raw = await rawClient(env().app, 'lampung.admin');
    const text = pdfText(
      (await raw.get(`/api/v1/exports/situation-report.pdf?region=18.71&election=${id}`)).raw,
    );
    expect(text).toContain(`Angka per tutup hari ${formatDateLong(voting)} (snapshot harian).`);
    expect(text).not.toMatch(/diperkirakan tercapai/);
  });

  it('labels current counters for a past day without a stored close (Pemilu 2024)', async () => {
    const api = await env().as('lampung.admin');
    const r = await api.get<CoverageResponse>('/api/v1/coverage?region=18.71&date=2024-02-14');
    expect(r.body.basis).toEqual({ source: 'counters', date: '2024-02-14' });
    const f = await api.get<ForecastResponse>('/api/v1/forecast?region=18.71&date=2024-02-14');
    expect(f.body.forecast.remaining).toBe(r.body.region.figures.notRecorded);
    if (r.body.region.figures.notRecorded > 0) expect(f.body.forecast.status).not.toBe('reached');
  });
});
