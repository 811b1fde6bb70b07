import type { CoverageResponse, FieldListPage } from '@sigap/contracts';
import { beforeAll, expect, it } from 'vitest';
import { rtRwOf } from '../../src/modules/field-lists/field-list-rules';
import { readSheet, rowValues } from '../exports/export-fixtures';
import { pdfText } from '../exports/pdf-text';
import { rawClient } from '../exports/raw-client';
import { expectError } from '../helpers/factories';
import { buildResident } from '../helpers/resident-factory';
import { describeEachEngine } from '../helpers/test-env';
import { seedResidents } from '../residents/seed-residents';

const VILLAGE = '18.71.01.1005'; // Sukamenanti
const DISTRICT = '18.71.01';
const DATE = '2026-06-01';

/** "Belum rekam 11" opens eleven names: the lists follow the counters' rule (issue 11, "For the field"). */
describeEachEngine('field lists', (env) => {
  beforeAll(async () => {
    const people = [
      ...Array.from({ length: 4 }, (_, i) =>
        buildResident({
          villageCode: VILLAGE,
          fullName: `WARGA BELUM ${i}`,
          address: `JL. MELATI RT 00${i + 1}/RW 002`,
        }),
      ),
      buildResident({ villageCode: VILLAGE, fullName: 'WARGA GAGAL', recordingStatus: 'DUPLICATE_RECORD' }),
      buildResident({
        villageCode: VILLAGE,
        fullName: 'WARGA PRR',
        recordingStatus: 'PRINT_READY_RECORD',
        phone: '081211112222',
      }),
      buildResident({
        villageCode: VILLAGE,
        fullName: 'WARGA CETAK',
        recordingStatus: 'PRINT_READY_RECORD',
        printStatus: 'PRINTED',
      }),
      buildResident({ villageCode: VILLAGE, fullName: 'ANAK KECIL', birthDate: '2015-01-01' }),
      buildResident({ villageCode: VILLAGE, fullName: 'WARGA WAFAT', lifeStatus: 'DECEASED' }),
    ];
    expect((await seedResidents(env(), people)).rejected).toEqual([]);
  });

  async function coverage(region: string) {
    const admin = await env().as('lampung.admin');
    return (await admin.get<CoverageResponse>(`/api/v1/coverage?region=${region}&date=${DATE}`)).body.region
      .figures;
  }

  for (const region of [VILLAGE, DISTRICT]) {
    it(`${region}: each list has exactly as many names as the coverage figure it is opened from`, async () => {
      const op = await env().as('bandarlampung.operator');
      const f = await coverage(region);
      const sizes: Record<string, number> = {};
      for (const kind of ['not_recorded', 'print_ready_waiting', 'needs_rerecording']) {
        const r = await op.get<FieldListPage>(
          `/api/v1/field-lists?region=${region}&kind=${kind}&on=${DATE}&pageSize=200`,
        );
        expect(r.status, JSON.stringify(r.body)).toBe(200);
        expect(r.body.items).toHaveLength(r.body.total);
        sizes[kind] = r.body.total;
      }
      expect(sizes).toEqual({
        not_recorded: f.notRecorded,
        print_ready_waiting: f.printReadyWaiting,
        needs_rerecording: f.needsRerecording,
      });
    });
  }

  it('shows names, addresses with RT/RW and phones, with the NIK masked, in walking order', async () => {
    const op = await env().as('bandarlampung.operator');
    const r = await op.get<FieldListPage>(`/api/v1/field-lists?region=${VILLAGE}&on=${DATE}`);
    const names = r.body.items.map((i) => i.fullName);
    expect(names).toEqual(expect.arrayContaining(['WARGA BELUM 0', 'WARGA BELUM 3', 'WARGA GAGAL']));
    expect(names).not.toContain('ANAK KECIL');
    expect(names).not.toContain('WARGA WAFAT');
    const first = r.body.items.find((i) => i.fullName === 'WARGA BELUM 0');
    expect(first).toMatchObject({ rtRw: '001/002', nikMasked: expect.stringMatching(/^1871•{12}$/) });
    expect(JSON.stringify(r.body)).not.toMatch(/\d{16}/);
  });

  it('exports the list as XLSX and as a printable PDF, and audits every list', async () => {
    const raw = await rawClient(env().app, 'bandarlampung.operator');
    const x = await raw.get(
      `/api/v1/field-lists/export?region=${VILLAGE}&kind=print_ready_waiting&on=${DATE}&format=xlsx`,
    );
    expect(x.status, x.text.slice(0, 200)).toBe(200);
    const sheet = await readSheet(x.raw);
    expect(String(sheet.getCell(1, 1).value)).toBe('Daftar Warga Siap Cetak (PRR) Belum Dicetak');
    expect(rowValues(sheet, 5).slice(0, 3)).toEqual([1, 'WARGA PRR', expect.stringMatching(/^1871•+$/)]);
    const p = await raw.get(`/api/v1/field-lists/export?region=${VILLAGE}&on=${DATE}&format=pdf`);
    expect(p.headers['content-type']).toBe('application/pdf');
    expect(pdfText(p.raw)).toContain('WARGA BELUM 2');
    const audit = await env()
      .handle.db.selectFrom('audit_log')
      .select(['summary'])
      .where('action', '=', 'resident.field_list')
      .execute();
    const formats = audit.map((a) => JSON.parse(String(a.summary)).format);
    expect(formats).toEqual(expect.arrayContaining(['page', 'xlsx', 'pdf']));
  });

  it('refuses a regency-wide list, and a village outside the scope', async () => {
    const op = await env().as('bandarlampung.operator');
    expectError(await op.get('/api/v1/field-lists?region=18.71'), 422, 'field_list_region_too_large');
    const ntb = await env().as('lombokbarat.operator');
    expectError(await ntb.get(`/api/v1/field-lists?region=${VILLAGE}`), 403, 'out_of_scope');
  });
});

it('reads RT/RW as SIAK writes it', () => {
  expect(rtRwOf('JL. TEUKU UMAR NO. 1 RT 002/RW 011')).toBe('002/011');
  expect(rtRwOf('DUSUN KRAJAN RT.3 RW.1')).toBe('003/001');
  expect(rtRwOf('DUSUN KRAJAN')).toBeNull();
});
