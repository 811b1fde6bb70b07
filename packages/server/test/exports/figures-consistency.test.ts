import type {
  ChildrenForecastResponse,
  CoverageResponse,
  ElectionList,
  TrendResponse,
  WatchlistResponse,
} from '@sigap/contracts';
import { addDays, addYears, formatNumber, formatPercent } from '@sigap/domain';
import { beforeAll, expect, it } from 'vitest';
import { ensureElections } from '../../src/modules/elections';
import { buildResident } from '../helpers/resident-factory';
import { describeEachEngine } from '../helpers/test-env';
import {
  recordedOn,
  recordingDays,
  seedWithHistory,
  unrecorded,
  wibToday,
} from '../snapshots/history-fixture';
import { readSheet } from './export-fixtures';
import { pdfText } from './pdf-text';
import { rawClient } from './raw-client';

/**
 * Issue 11, "one number per figure": for one region and one reference, the dashboard, the watch list, the
 * forecast's "sisa menuju target", the situation report PDF and the XLSX export print the same numbers.
 * The election reference is where they used to part: wajib counted on voting day (first-time voters, some
 * of them already recorded at 16) against recorded counted among today's wajib.
 */
const REGIONS = ['18.01', '18.02', '18.71'] as const;
const ELECTION = 'Pilkada Uji Konsistensi';

interface Shown {
  mustHoldId: number;
  recorded: number;
  notRecorded: number;
  percent: string;
}

const shown = (mustHoldId: number, recorded: number): Shown => ({
  mustHoldId,
  recorded,
  notRecorded: mustHoldId - recorded,
  percent: formatPercent(mustHoldId === 0 ? 0 : recorded / mustHoldId),
});

/**
 * The report's table of child regions, rows of nine drawn cells (no, name, wajib, sudah rekam, % rekam, belum
 * rekam, PRR, cetak, diserahkan) after its last header, in the report's order: largest gap first (its headers wrap: "Sudah" / "diserahkan"). Names are
 * cut to their column, so rows are found by their rank, not their name.
 */
function pdfRows(text: string): { name: string; figures: Shown }[] {
  const lines = text.split('\n');
  const start = lines.findIndex((l, i) => l === 'diserahkan' && lines[i + 1] === '1') + 1;
  const n = (s: string | undefined) => Number((s ?? '').replaceAll('.', ''));
  const rows: { name: string; figures: Shown }[] = [];
  for (let at = start; lines[at] === String(rows.length + 1); at += 9) {
    const [, name = '', must, recorded, percent = '', notRecorded] = lines.slice(at, at + 9);
    rows.push({
      name,
      figures: { mustHoldId: n(must), recorded: n(recorded), notRecorded: n(notRecorded), percent },
    });
  }
  return rows;
}

/** The rank the report gives a child: largest gap first, then by code. */
function pdfRank(children: CoverageResponse['children'], code: string): number {
  const sorted = [...children].sort(
    (a, b) => b.figures.notRecorded - a.figures.notRecorded || a.code.localeCompare(b.code),
  );
  return sorted.findIndex((c) => c.code === code);
}

describeEachEngine('one number per figure: dashboard, watch list, forecast, PDF and XLSX agree', (env) => {
  const today = wibToday();
  const voting = addDays(today, 45);
  // Turn 17 between today and voting day: wajib on voting day only; half of them recorded already at 16.
  const turning17 = addDays(addYears(today, -17), 10);
  let references: { label: string; query: string }[] = [];

  beforeAll(async () => {
    const young = (village: string) => [
      buildResident({ villageCode: village, birthDate: turning17 }),
      buildResident({ villageCode: village, birthDate: turning17 }),
      buildResident({
        villageCode: village,
        birthDate: turning17,
        recordingStatus: 'PRINT_READY_RECORD',
        recordingDate: addDays(today, -3),
      }),
    ];
    await seedWithHistory(
      env(),
      [
        ...recordedOn(
          '18.01.04.2001',
          recordingDays(today, 30, (x) => (x > 10 ? 2 : 0)),
        ),
        ...unrecorded('18.01.04.2001', 50),
        ...young('18.01.04.2001'),
        ...recordedOn(
          '18.02.01.2001',
          recordingDays(today, 30, () => 1),
        ),
        ...unrecorded('18.02.01.2001', 80),
        ...young('18.02.01.2001'),
        ...recordedOn(
          '18.71.01.1003',
          recordingDays(today, 30, (x) => (x > 14 ? 3 : 1)),
        ),
        ...unrecorded('18.71.01.1003', 120),
        ...young('18.71.01.1003'),
      ],
      today,
    );
    await ensureElections(env().handle, [
      { name: ELECTION, kind: 'pilkada', votingDate: voting, regionCodes: ['18'] },
    ]);
    const list = await (await env().as('lampung.admin')).get<ElectionList>('/api/v1/elections');
    const election = list.body.items.find((e) => e.name === ELECTION);
    if (!election) throw new Error('election not created');
    references = [
      { label: 'today', query: `date=${today}` },
      { label: 'election', query: `election=${election.id}` },
    ];
  });

  it('prints, for three regions and two references, the same wajib, recorded, gap and share everywhere', async () => {
    const api = await env().as('lampung.admin');
    const raw = await rawClient(env().app, 'lampung.admin');
    for (const ref of references) {
      const coverage = await api.get<CoverageResponse>(`/api/v1/coverage?region=18&${ref.query}`);
      expect(coverage.status, JSON.stringify(coverage.body)).toBe(200);
      const watch = await api.get<WatchlistResponse>(`/api/v1/watchlist?region=18&${ref.query}`);
      expect(watch.status, JSON.stringify(watch.body)).toBe(200);
      const forecast = await api.get<ChildrenForecastResponse>(
        `/api/v1/forecast/children?region=18&${ref.query}&target=1`,
      );
      expect(forecast.status).toBe(200);
      const pdf = await raw.get(`/api/v1/exports/situation-report.pdf?region=18&${ref.query}`);
      expect(pdf.status, pdf.text.slice(0, 300)).toBe(200);
      const rows = pdfRows(pdfText(pdf.raw));
      expect(rows.length).toBe(coverage.body.children.length);
      const xlsx = await raw.get(`/api/v1/exports/coverage.xlsx?region=18&${ref.query}`);
      expect(xlsx.status).toBe(200);
      const sheet = await readSheet(xlsx.raw);

      for (const code of REGIONS) {
        const where = `${code}, ${ref.label}`;
        const row = coverage.body.children.find((c) => c.code === code);
        if (!row) throw new Error(`${where}: not on the dashboard`);
        const dashboard = shown(row.figures.mustHoldId, row.figures.recorded);
        expect(row.figures.notRecorded, where).toBe(dashboard.notRecorded);
        expect(dashboard.notRecorded, `${where}: the fixture leaves a gap`).toBeGreaterThan(0);

        const item = watch.body.items.find((i) => i.code === code);
        if (!item) throw new Error(`${where}: not on the watch list`);
        expect(item.gap, where).toBe(dashboard.notRecorded);
        expect(formatPercent(item.percentRecorded ?? 0), where).toBe(dashboard.percent);

        const f = forecast.body.items.find((i) => i.code === code);
        expect(f?.mustHoldId, where).toBe(dashboard.mustHoldId);
        expect(f?.recorded, where).toBe(dashboard.recorded);
        expect(f?.forecast.remaining, `${where}: sisa menuju target 100 %`).toBe(dashboard.notRecorded);

        const printed = rows[pdfRank(coverage.body.children, code)];
        // A cut name ends in an ellipsis drawn in another encoding: compare its letters only.
        const cut = (printed?.name ?? '?').replace(/[^A-Za-z ]/g, '').trim();
        expect(row.name.startsWith(cut), `${where}: PDF row ${cut}`).toBe(true);
        expect(printed?.figures, `${where}: PDF`).toEqual(dashboard);

        let cells: unknown[] | undefined;
        sheet.eachRow((r) => {
          if (r.getCell(1).value === code) cells = [4, 5, 6].map((c) => r.getCell(c).value);
        });
        expect(cells, `${where}: XLSX`).toEqual([
          dashboard.mustHoldId,
          dashboard.recorded,
          dashboard.notRecorded,
        ]);
      }
    }
  });

  it("ends the trend on today's live reading, the number of the dashboard's tile for today", async () => {
    const api = await env().as('lampung.admin');
    for (const code of REGIONS) {
      const trend = await api.get<TrendResponse>(`/api/v1/coverage/trend?region=${code}`);
      const coverage = await api.get<CoverageResponse>(`/api/v1/coverage?region=${code}&date=${today}`);
      const last = trend.body.items.at(-1);
      expect(last, code).toMatchObject({ date: today, trigger: 'live' });
      expect(last?.recorded, code).toBe(coverage.body.region.figures.recorded);
      expect(last?.mustHoldId, code).toBe(coverage.body.region.figures.mustHoldId);
      expect(formatNumber(last?.recorded ?? 0)).toBe(formatNumber(coverage.body.region.figures.recorded));
    }
  });
});
