import type { CoverageResponse } from '@sigap/contracts';
import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../helpers/test-env';
import { DATE, readSheet, rowValues, seedExportResidents } from './export-fixtures';
import { rawClient } from './raw-client';

const HEADERS = [
  'Kode',
  'Wilayah',
  'Penduduk',
  'Wajib KTP',
  'Sudah rekam',
  'Belum rekam',
  '% Rekam',
  'PRR belum cetak',
  'Sudah cetak',
  'Sudah diserahkan',
  'Perlu rekam ulang',
  'IKD aktif',
  'Pemilih',
  'Pemilih sudah rekam',
  'Suket terbit',
  'Suket aktif',
  'Suket diganti (sudah cetak)',
  'Sudah cetak atau suket',
  '% Cetak atau suket',
];
const FIGURES = [
  'population',
  'mustHoldId',
  'recorded',
  'notRecorded',
  'percentRecorded',
  'printReadyWaiting',
  'printed',
  'handedOver',
  'needsRerecording',
  'digitalIdActive',
  'voters',
  'votersRecorded',
] as const;

type Row = CoverageResponse['region'];
const SUKETS = ['issued', 'active', 'superseded', 'printedOrCovered', 'percentPrintedOrCovered'] as const;
const expected = (r: Row, name = r.name) => [
  r.code,
  name,
  ...FIGURES.map((k) => r.figures[k]),
  ...SUKETS.map((k) => r.sukets?.[k] ?? null),
];

describeEachEngine('coverage and daily-report XLSX exports', (env) => {
  beforeAll(async () => {
    await seedExportResidents(env());
  });

  for (const region of ['18.71', '18', '18.71.01']) {
    it(`coverage.xlsx of ${region} holds the numbers of /api/v1/coverage, as numbers, with a total row`, async () => {
      const admin = await env().as('lampung.admin');
      const screen = await admin.get<CoverageResponse>(`/api/v1/coverage?region=${region}&date=${DATE}`);
      const r = await (await rawClient(env().app, 'lampung.admin')).get(
        `/api/v1/exports/coverage.xlsx?region=${region}&date=${DATE}`,
      );
      expect(r.status, r.text.slice(0, 300)).toBe(200);
      expect(r.headers['content-type']).toContain('spreadsheetml');
      expect(r.headers['content-disposition']).toBe(`attachment; filename="cakupan-${region}-${DATE}.xlsx"`);

      const sheet = await readSheet(r.raw);
      expect(String(sheet.getCell(1, 1).value)).toContain(screen.body.region.name);
      expect(String(sheet.getCell(2, 1).value)).toContain('Rabu, 14 Februari 2024');
      expect(rowValues(sheet, 4)).toEqual(HEADERS);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
      expect(sheet.autoFilter).toBeTruthy();

      const children = screen.body.children;
      const rows = children.map((_, i) => rowValues(sheet, 5 + i));
      expect(rows).toEqual(children.map((child) => expected(child)));
      const total = rowValues(sheet, 5 + children.length);
      expect(total).toEqual(expected(screen.body.region, `Jumlah ${screen.body.region.name}`));
      expect(total.slice(2).every((v) => typeof v === 'number' || v === null)).toBe(true);
      expect(typeof total[3]).toBe('number');
      expect(sheet.getCell(5, 3).numFmt).toBe('#,##0');
      expect(sheet.getCell(5 + children.length, 7).numFmt).toBe('0.00%');
    });
  }

  it('takes an election as the reference date and names the file by its voting day', async () => {
    const admin = await rawClient(env().app, 'lampung.admin');
    const r = await admin.get('/api/v1/exports/coverage.xlsx?region=18.71&election=1');
    expect(r.status).toBe(200);
    expect(r.headers['content-disposition']).toMatch(/cakupan-18\.71-\d{4}-\d{2}-\d{2}\.xlsx/);
    const sheet = await readSheet(r.raw);
    expect(String(sheet.getCell(2, 1).value)).toMatch(/Pemilu 2024|Pilkada/);
  });

  it('audits each export with who exported what', async () => {
    const admin = await rawClient(env().app, 'lampung.admin');
    expect((await admin.get(`/api/v1/exports/coverage.xlsx?region=18.71.02&date=${DATE}`)).status).toBe(200);
    const entry = await env()
      .handle.db.selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'export.coverage')
      .where('region_code', '=', '18.71.02')
      .executeTakeFirstOrThrow();
    expect(entry.username).toBe('lampung.admin');
    expect(JSON.parse(entry.summary)).toMatchObject({ format: 'xlsx', referenceDate: DATE });
  });

  it('daily-reports.xlsx lists every regency of the province, the missing ones as "Belum melapor"', async () => {
    await env()
      .handle.db.insertInto('daily_reports')
      .values({
        regency_code: '18.71',
        date: DATE,
        source: 'manual',
        recorded_today: 120,
        cumulative_recorded: 950_000,
        must_hold_id: 1_000_000,
        print_ready_waiting: 4_000,
        printed: 900_000,
        blanko_stock: 2_500,
        suket_issued: 30,
        stated_percent: null,
        stated_remaining: null,
        notes: 'Server SIAK mati 2 jam; angka cetak menyusul.',
        // Stored as a code and parameters; the sheet shows the Indonesian text rendered from them.
        flags: JSON.stringify([
          {
            code: 'percent_mismatch',
            field: 'statedPercent',
            severity: 'error',
            params: { stated: 96, recorded: 950_000, mustHoldId: 1_000_000 },
          },
        ]),
        status: 'submitted',
        submitted_by: 1,
        submitted_at: new Date().toISOString(),
        reviewed_by: null,
        reviewed_at: null,
        review_comment: null,
      })
      .execute();
    const r = await (await rawClient(env().app, 'lampung.admin')).get(
      `/api/v1/exports/daily-reports.xlsx?region=18&date=${DATE}`,
    );
    expect(r.status, r.text.slice(0, 300)).toBe(200);
    expect(r.headers['content-disposition']).toContain(`laporan-harian-18-${DATE}.xlsx`);
    const sheet = await readSheet(r.raw);
    expect(rowValues(sheet, 4)[0]).toBe('Kabupaten/Kota');
    const rows = Array.from({ length: sheet.rowCount - 4 }, (_, i) => rowValues(sheet, 5 + i));
    expect(rows).toHaveLength(15);
    const kota = rows.find((v) => String(v[0]).includes('18.71'));
    expect(kota?.slice(2, 12)).toEqual([
      'Input manual',
      120,
      950_000,
      1_000_000,
      4_000,
      900_000,
      2_500,
      30,
      'Dikirim',
      'Persentase tertulis tidak sesuai dengan hitungan: tertulis 96%; 950.000 / 1.000.000 = 95,00%.',
    ]);
    expect(kota?.[1]).toBeInstanceOf(Date);
    // The operator's note reaches the province's file.
    expect(rowValues(sheet, 4).slice(12, 14)).toEqual(['Catatan operator', 'Komentar provinsi']);
    expect(kota?.slice(12, 14)).toEqual(['Server SIAK mati 2 jam; angka cetak menyusul.', null]);
    expect(rows.filter((v) => v[10] === 'Belum melapor')).toHaveLength(14);
  });
});
