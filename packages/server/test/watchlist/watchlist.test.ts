import type { WatchlistResponse } from '@sigap/contracts';
import { addDays } from '@sigap/domain';
import { beforeAll, expect, it } from 'vitest';
import { registerWatchSignal, reportMissingSignal } from '../../src/modules/watchlist/watch-signals';
import { describeEachEngine } from '../helpers/test-env';
import {
  recordedOn,
  recordingDays,
  seedWithHistory,
  unrecorded,
  wibToday,
} from '../snapshots/history-fixture';

const codes = (item: { reasons: { code: string }[] } | undefined) => item?.reasons.map((r) => r.code) ?? [];

describeEachEngine('watch list', (env) => {
  const today = wibToday();
  const deadline = addDays(today, 30);
  const url = `/api/v1/watchlist?region=18&date=${deadline}`;

  beforeAll(async () => {
    await seedWithHistory(
      env(),
      [
        // Kota Bandar Lampung: steady 2 a day, 40 left: done in 20 days, before the deadline.
        ...recordedOn(
          '18.71.01.1003',
          recordingDays(today, 40, () => 2),
        ),
        ...unrecorded('18.71.01.1003', 40),
        // Lampung Barat: 3 a day until 10 days ago, then nothing: stalled, 60 left.
        ...recordedOn(
          '18.01.04.2001',
          recordingDays(today, 40, (x) => (x > 10 ? 3 : 0)),
        ),
        ...unrecorded('18.01.04.2001', 60),
        // Tanggamus: 6 a day, down to 1 a day for the last two weeks: pace falling, 100 left.
        ...recordedOn(
          '18.02.01.2001',
          recordingDays(today, 40, (x) => (x > 14 ? 6 : 1)),
        ),
        ...unrecorded('18.02.01.2001', 100),
        // Lampung Selatan: everyone recorded.
        ...recordedOn('18.03.01.1001', Array(5).fill('2022-01-01')),
      ],
      today,
    );
  });

  it('lists the off-track regencies with their reasons, largest gap first', async () => {
    const r = await (await env().as('lampung.admin')).get<WatchlistResponse>(url);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ region: '18', referenceDate: deadline, deadline });
    expect(r.body.items.map((i) => i.code)).toEqual(['18.02', '18.01']);
    const [falling, stalled] = r.body.items;
    expect(falling).toMatchObject({ gap: 100, status: 'off_track', paceLast7: 1, requiredDailyRate: 4 });
    expect(codes(falling)).toEqual(expect.arrayContaining(['projected_after_voting_day', 'pace_falling']));
    expect(stalled).toMatchObject({ gap: 60, status: 'stalled', projectedDate: null });
    expect(codes(stalled)).toEqual(['stalled', 'pace_falling']);
    for (const item of r.body.items)
      for (const reason of item.reasons) expect(reason.messageEn.length).toBeGreaterThan(0);
  });

  it('ignores missing reports until daily reporting is in use, then flags every regency without one', async () => {
    const { db } = env().handle;
    // Today's report: up to date whether or not today's cutoff has passed (see the test below).
    await db
      .insertInto('daily_reports')
      .values({
        regency_code: '18.71',
        date: today,
        source: 'sigap',
        cumulative_recorded: 80,
        must_hold_id: 120,
        flags: '[]',
        status: 'submitted',
        submitted_by: 1,
        submitted_at: new Date().toISOString(),
      })
      .execute();
    try {
      const r = await (await env().as('lampung.admin')).get<WatchlistResponse>(url);
      const by = new Map(r.body.items.map((i) => [i.code, i]));
      expect(by.has('18.71')).toBe(false);
      expect(r.body.items).toHaveLength(14);
      expect(codes(by.get('18.01'))).toEqual(['stalled', 'pace_falling', 'report_missing']);
      expect(codes(by.get('18.03'))).toEqual(['report_missing']);
      expect(by.get('18.72')).toMatchObject({
        gap: 0,
        status: 'insufficient_history',
        reasons: [{ code: 'report_missing' }],
      });
      expect(r.body.items.slice(0, 2).map((i) => i.code)).toEqual(['18.02', '18.01']);
    } finally {
      await db.deleteFrom('daily_reports').execute();
    }
  });

  it('asks for the report due on the regency clock: yesterday before the cutoff, today after it', async () => {
    // Regression: the signal asked about "yesterday" always, so on the first day of reporting (and after
    // the cutoff every day) regencies that had sent today's report were listed as "laporan belum masuk".
    const { db } = env().handle;
    const day = '2030-03-10';
    const report = (regency_code: string, date: string) => ({
      regency_code,
      date,
      source: 'sigap' as const,
      cumulative_recorded: 80,
      must_hold_id: 120,
      flags: '[]',
      status: 'submitted' as const,
      submitted_by: 1,
      submitted_at: `${date}T02:00:00.000Z`,
    });
    // 18.71 sent today's report only; 18.01 yesterday's only; 18.02 nothing.
    await db
      .insertInto('daily_reports')
      .values([report('18.71', day), report('18.01', addDays(day, -1))])
      .execute();
    const children = ['18.71', '18.01', '18.02'].map((code) => ({ code, level: 'regency' }));
    const missing = async (iso: string) => {
      const out = await reportMissingSignal(env().handle, { parent: '18', children, now: new Date(iso) });
      return Object.fromEntries([...out].map(([code, reasons]) => [code, reasons[0]?.message]));
    };
    try {
      // 10.00 WIB, before the 17.00 cutoff: yesterday's report is the one due.
      expect(await missing(`${day}T03:00:00.000Z`)).toEqual({
        '18.02': 'Laporan harian Sabtu, 9 Maret 2030 belum masuk.',
      });
      // 18.00 WIB: today's is due; 18.71 sent it, 18.01 has not yet.
      expect(await missing(`${day}T11:00:00.000Z`)).toEqual({
        '18.01': 'Laporan harian Minggu, 10 Maret 2030 belum masuk.',
        '18.02': 'Laporan harian Minggu, 10 Maret 2030 belum masuk.',
      });
    } finally {
      await db.deleteFrom('daily_reports').execute();
    }
  });

  it('adds the reasons of a registered signal (the logistics hook)', async () => {
    const blanko = {
      code: 'blanko_low',
      message: 'Blangko tinggal 2 hari.',
      messageEn: 'Blanko covers 2 days.',
    };
    const unregister = registerWatchSignal(async () => new Map([['18.03', [blanko]]]));
    try {
      const r = await (await env().as('lampung.admin')).get<WatchlistResponse>(url);
      expect(r.body.items.map((i) => i.code)).toEqual(['18.02', '18.01', '18.03']);
      expect(codes(r.body.items[2])).toEqual(['blanko_low']);
    } finally {
      unregister();
    }
  });

  it('watches the districts of a regency', async () => {
    const r = await (await env().as('bandarlampung.operator')).get<WatchlistResponse>(
      `/api/v1/watchlist?region=18.71&date=${addDays(today, 5)}`,
    );
    expect(r.status).toBe(200);
    expect(r.body.items.map((i) => [i.code, i.level, i.status])).toEqual([
      ['18.71.01', 'district', 'off_track'],
    ]);
  });
});
