import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildNik } from '@sigap/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getText, loginSession } from '../helpers/multipart';
import { buildResident } from '../helpers/resident-factory';
import { csvText, writeSiakCsv } from '../helpers/siak-csv';
import { describeEachEngine } from '../helpers/test-env';
import { type ImportErrorPage, importer, importFile } from '../imports/import-flow';
import { residentId, seedResidents } from './seed-residents';

// Issue 9: an out-of-scope person answered 403 / out_of_scope naming their village, an unknown one 404 /
// resident_not_found, so iterating ids or NIKs mapped people to villages. Both must now look the same.
const mine = buildResident({ fullName: 'WARGA ORAKEL KOTA', villageCode: '18.71.01.1005' });
const lombok = buildResident({ fullName: 'WARGA ORAKEL LOMBOK', villageCode: '52.03.01.2001' });
const nobody = buildNik({ districtCode: '52.03.01', birthDate: '1991-03-04', sex: 'P', serial: 4321 });
const UNKNOWN_ID = 987_654_321;

describeEachEngine('existence and location oracles', (env) => {
  let dir = '';
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'sigap-oracles-'));
    await seedResidents(env(), [mine, lombok]);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('GET /residents/:id answers an out-of-scope resident byte for byte like an unknown id', async () => {
    const session = await loginSession(env().app, 'bandarlampung.operator');
    const outside = await getText(
      env().app,
      session,
      `/api/v1/residents/${await residentId(env(), lombok.nik)}`,
    );
    const unknown = await getText(env().app, session, `/api/v1/residents/${UNKNOWN_ID}`);
    expect(outside.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(outside.text).toBe(unknown.text);
    expect(JSON.parse(outside.text)).toMatchObject({ error: 'resident_not_found' });
    expect(outside.text).not.toMatch(/52|987654321/);
    // The in-scope resident still opens.
    const own = await getText(env().app, session, `/api/v1/residents/${await residentId(env(), mine.nik)}`);
    expect(own.status).toBe(200);
  });

  it('PATCH /residents/:id answers the same way, and changes nothing', async () => {
    const op = await env().as('bandarlampung.operator');
    const body = { recordingStatus: 'BIO_CAPTURED' };
    const outside = await op.patch(`/api/v1/residents/${await residentId(env(), lombok.nik)}`, body);
    const unknown = await op.patch(`/api/v1/residents/${UNKNOWN_ID}`, body);
    expect([outside.status, unknown.status]).toEqual([404, 404]);
    expect(JSON.stringify(outside.body)).toBe(JSON.stringify(unknown.body));
    const stored = await env()
      .handle.db.selectFrom('residents')
      .select('recording_status')
      .where('nik', '=', lombok.nik)
      .executeTakeFirstOrThrow();
    expect(stored.recording_status).toBe('UNREGISTERED');
  });

  it('an exact NIK search outside the scope is an empty page, like a NIK that is nobody', async () => {
    const op = await env().as('bandarlampung.operator');
    const outside = await op.get(`/api/v1/residents?nik=${lombok.nik}`);
    const unknown = await op.get(`/api/v1/residents?nik=${nobody}`);
    expect(outside.status).toBe(200);
    expect(outside.body).toEqual(unknown.body);
  });

  describe('a status import naming an NTB NIK (Bandar Lampung operator)', () => {
    it('rejects it with the same row as an unknown NIK: no village, no NIK, only the line differs', async () => {
      const op = await importer(env(), 'bandarlampung.operator');
      const file = path.join(dir, 'status-orakel.csv');
      const header = ['NIK', 'STATUS_REKAM', 'TGL_REKAM', 'TEMPAT_REKAM'];
      writeFileSync(
        file,
        csvText(header, [
          [lombok.nik, 'BIO_CAPTURED', '', ''], // line 2: exists, outside the scope
          [nobody, 'BIO_CAPTURED', '', ''], // line 3: nobody
        ]),
      );
      const job = await importFile(env(), op, file, 'status');
      // Every row refused: the import failed (it never says "no changes, all rows match").
      expect(job).toMatchObject({ status: 'failed', updated: 0, rejected: 2 });

      const errors = await op.client.get<ImportErrorPage>(`/api/v1/imports/${job.id}/errors`);
      const [outside, unknown] = errors.body.items;
      expect(outside?.line).toBe(2);
      expect(unknown?.line).toBe(3);
      const { line: _a, ...outsideRest } = outside ?? { line: 0 };
      const { line: _b, ...unknownRest } = unknown ?? { line: 0 };
      expect(outsideRest).toEqual(unknownRest);
      expect(outsideRest).toMatchObject({ column: 'NIK', code: 'resident_not_found' });

      const csv = await getText(env().app, op.session, `/api/v1/imports/${job.id}/errors.csv`);
      expect(csv.status).toBe(200);
      const lines = csv.text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(lines).toHaveLength(3);
      expect(lines[1]?.replace(/^2,/, '')).toBe(lines[2]?.replace(/^3,/, ''));
      for (const text of [JSON.stringify(errors.body), csv.text]) {
        expect(text).not.toContain('52.03');
        expect(text).not.toContain(lombok.nik);
        expect(text).not.toContain(nobody);
      }
    });
  });

  it('a full record whose NIK is registered in NTB is refused without naming the NTB village', async () => {
    const op = await importer(env(), 'bandarlampung.operator');
    const moved = { ...lombok, villageCode: '18.71.01.1005', fullName: 'WARGA ORAKEL PINDAH' };
    const job = await importFile(env(), op, writeSiakCsv(path.join(dir, 'pindah.csv'), [moved]));
    expect(job).toMatchObject({ status: 'failed', inserted: 0, updated: 0, rejected: 1 });
    const errors = await op.client.get<ImportErrorPage>(`/api/v1/imports/${job.id}/errors`);
    expect(errors.body.items[0]).toMatchObject({ line: 2, code: 'out_of_scope' });
    expect(JSON.stringify(errors.body)).not.toMatch(/52\.?03|lombok/i);
    expect(JSON.stringify(errors.body)).not.toContain(lombok.nik);
  });
});
