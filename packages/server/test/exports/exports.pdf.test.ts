import type { CoverageResponse, LetterheadResponse } from '@sigap/contracts';
import { formatNumber } from '@sigap/domain';
import { beforeAll, expect, it } from 'vitest';
import type { ErrorBody } from '../../src/errors';
import { expectError } from '../helpers/factories';
import { describeEachEngine } from '../helpers/test-env';
import {
  BANDAR_LAMPUNG_LETTERHEAD,
  DATE,
  LAMPUNG_LETTERHEAD,
  pngDataUrl,
  seedExportResidents,
} from './export-fixtures';
import { pdfPageCount, pdfText } from './pdf-text';
import { rawClient } from './raw-client';

const pdfUrl = (region: string) => `/api/v1/exports/situation-report.pdf?region=${region}&date=${DATE}`;
const PDF_URL = pdfUrl('18.71');

describeEachEngine('situation report PDF and letterhead', (env) => {
  beforeAll(async () => {
    await seedExportResidents(env());
  });

  it("prints the regency's own default letterhead before one is configured", async () => {
    const admin = await rawClient(env().app, 'lampung.admin');
    const lh = await admin.get('/api/v1/settings/letterhead?scope=18');
    expect(lh.status).toBe(200);
    expect(lh.body).toMatchObject({ scope: '18', isDefault: true, updatedAt: null });
    const city = await admin.get('/api/v1/settings/letterhead?scope=18.71');
    expect(city.body).toMatchObject({
      scope: '18.71',
      isDefault: true,
      letterhead: {
        officeLines: ['PEMERINTAH KOTA BANDAR LAMPUNG', 'DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL'],
        city: 'Bandar Lampung',
        signerTitle: 'Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Bandar Lampung',
      },
    });
    const r = await admin.get(PDF_URL);
    expect(r.status, r.text.slice(0, 300)).toBe(200);
    expect(r.headers['content-type']).toBe('application/pdf');
    expect(r.headers['content-disposition']).toBe(`attachment; filename="laporan-situasi-18.71-${DATE}.pdf"`);
    expect(r.raw.subarray(0, 4).toString()).toBe('%PDF');
    expect(pdfPageCount(r.raw)).toBeGreaterThan(0);
    const text = pdfText(r.raw);
    expect(text).toContain('PEMERINTAH KOTA BANDAR LAMPUNG');
    expect(text).toContain('DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL');
    expect(text).not.toContain('PROVINSI LAMPUNG');
  });

  it('states the title, the region, the Indonesian date and the figures of the dashboard', async () => {
    const admin = await rawClient(env().app, 'lampung.admin');
    // The province admin sets its own kop and the city's: the city's report takes the city's.
    for (const [scope, letterhead] of [
      ['18', LAMPUNG_LETTERHEAD],
      ['18.71', BANDAR_LAMPUNG_LETTERHEAD],
    ] as const) {
      const put = await admin.put('/api/v1/settings/letterhead', { scope, letterhead });
      expect(put.status, put.text.slice(0, 500)).toBe(200);
      expect(put.body).toMatchObject({ scope, isDefault: false, letterhead });
    }

    const screen = await (await env().as('lampung.admin')).get<CoverageResponse>(
      `/api/v1/coverage?region=18.71&date=${DATE}`,
    );
    const text = pdfText((await admin.get(PDF_URL)).raw);
    expect(text).toContain('Laporan Situasi Harian Perekaman KTP-el');
    expect(text).toContain('Kota Bandar Lampung (18.71)');
    expect(text).toContain('Rabu, 14 Februari 2024');
    expect(text).toContain('Bandar Lampung, 14 Februari 2024');
    expect(text).toContain('Ir. KOTA UJI, M.M.');
    expect(text).toContain('NIP. 19750202 200003 1 002');
    expect(text).not.toContain('Drs. UJI COBA');
    expect(text).toMatch(/Halaman 1 dari \d/);
    // A report of a past day states that day's verdict, with no pace or projection from today (issue 11).
    expect(text).toContain('Perkiraan');
    expect(text).toMatch(/Per Rabu, 14 Februari 2024 target belum tercapai/);
    expect(text).not.toMatch(/Riwayat baru \d+ hari/);
    const f = screen.body.region.figures;
    for (const n of [f.mustHoldId, f.recorded, f.notRecorded, f.printReadyWaiting, f.printed]) {
      expect(text).toContain(formatNumber(n));
    }
    for (const child of screen.body.children) expect(text).toContain(child.name);
  });

  it('stores the letterhead through the settings module, audited, and reads it back', async () => {
    const admin = await rawClient(env().app, 'lampung.admin');
    const lh = await admin.get('/api/v1/settings/letterhead?scope=18.71');
    expect((lh.body as LetterheadResponse).letterhead.officeLines).toEqual(
      BANDAR_LAMPUNG_LETTERHEAD.officeLines,
    );
    for (const scope of ['18', '18.71']) {
      const entry = await env()
        .handle.db.selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'settings.update')
        .where('entity_id', '=', `${scope}:letterhead`)
        .executeTakeFirstOrThrow();
      expect(entry).toMatchObject({ region_code: scope, username: 'lampung.admin' });
    }
    expect((lh.body as LetterheadResponse).isDefault).toBe(false);
    expect((lh.body as LetterheadResponse).updatedAt).toEqual(expect.any(String));
    const pdfAudit = await env()
      .handle.db.selectFrom('audit_log')
      .select('username')
      .where('action', '=', 'export.situation_report')
      .executeTakeFirstOrThrow();
    expect(pdfAudit.username).toBe('lampung.admin');
  });

  it('refuses a logo that is not PNG/JPEG, is too big, or lies about its type', async () => {
    const admin = await rawClient(env().app, 'lampung.admin');
    const bad = [
      'data:image/gif;base64,R0lGODlhAQABAAAAACw=',
      'https://example.org/logo.png',
      pngDataUrl(200 * 1024 + 1),
      pngDataUrl(2048).replace('image/png', 'image/jpeg'),
      `data:image/png;base64,${Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(64)]).toString('base64')}`,
    ];
    for (const logo of bad) {
      const r = await admin.put('/api/v1/settings/letterhead', {
        scope: '18',
        letterhead: { ...LAMPUNG_LETTERHEAD, logo },
      });
      const body = expectError(r, 400, 'validation_failed');
      expect((body as ErrorBody).details?.map((d) => d.field)).toEqual(['letterhead.logo']);
    }
    const ok = await admin.put('/api/v1/settings/letterhead', {
      scope: '18',
      letterhead: { ...LAMPUNG_LETTERHEAD, logo: pngDataUrl(200 * 1024) },
    });
    expect(ok.status, ok.text.slice(0, 300)).toBe(200);
    expect((await admin.get(PDF_URL)).status).toBe(200);
  });

  it('refuses other bad letterhead fields with their names', async () => {
    const admin = await rawClient(env().app, 'lampung.admin');
    const r = await admin.put('/api/v1/settings/letterhead', {
      scope: '18.71.01',
      letterhead: { ...LAMPUNG_LETTERHEAD, officeLines: [], signerNip: '123', email: 'bukan-email' },
    });
    const body = expectError(r, 400, 'validation_failed');
    expect(body.details?.map((d) => d.field).sort()).toEqual([
      'letterhead.email',
      'letterhead.officeLines',
      'letterhead.signerNip',
      'scope',
    ]);
  });

  it("signs each office's report with its own kop: never the province's signer on a regency report", async () => {
    const admin = await rawClient(env().app, 'lampung.admin');
    // Kota Metro stored nothing: its default, not the province's stored kop.
    const metro = pdfText((await admin.get(pdfUrl('18.72'))).raw);
    expect(metro).toContain('PEMERINTAH KOTA METRO');
    expect(metro).toContain('Metro, 14 Februari 2024');
    expect(metro).not.toContain('Drs. UJI COBA');
    expect(metro).not.toContain('Provinsi Lampung');
    // A district's report is its regency's; the province's report keeps the province's kop.
    expect(pdfText((await admin.get(pdfUrl('18.71.01'))).raw)).toContain('Ir. KOTA UJI, M.M.');
    const province = pdfText((await admin.get(pdfUrl('18'))).raw);
    expect(province).toContain('PEMERINTAH PROVINSI LAMPUNG');
    expect(province).toContain('Drs. UJI COBA, M.Si.');
    expect(province).not.toContain('Ir. KOTA UJI');
  });
});
