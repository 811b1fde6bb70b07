import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ImportErrorPage } from '@sigap/contracts';
import { afterAll, expect, it } from 'vitest';
import { buildResident } from '../helpers/resident-factory';
import { writeSiakCsv } from '../helpers/siak-csv';
import { describeEachEngine } from '../helpers/test-env';
import { importer, importFile } from './import-flow';

const VILLAGE = '18.71.01.1005'; // Sukamenanti

/** A SIAK extract is bound by the same state rules as a hand change (issue 11). */
describeEachEngine('imports: impossible rows', (env) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sigap-integrity-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const handedOverUnrecorded = () =>
    buildResident({
      villageCode: VILLAGE,
      fullName: 'SITI TANPA REKAM',
      printStatus: 'HANDED_OVER',
      recordingStatus: 'UNREGISTERED',
    });

  it('refuses a row whose statuses cannot be true, naming the SIAK column, the NIK and the name', async () => {
    const op = await importer(env(), 'bandarlampung.operator');
    const good = buildResident({ villageCode: VILLAGE, fullName: 'BUDI BAIK' });
    const bad = handedOverUnrecorded();
    const job = await importFile(env(), op, writeSiakCsv(path.join(dir, 'campur.csv'), [good, bad]));
    expect(job).toMatchObject({ status: 'done', inserted: 1, rejected: 1, message: null });
    const errors = await op.client.get<ImportErrorPage>(`/api/v1/imports/${job.id}/errors`);
    expect(errors.body.items[0]).toMatchObject({
      line: 3,
      nik: bad.nik,
      name: 'SITI TANPA REKAM',
      column: 'STATUS_CETAK',
      code: 'print_requires_prr',
    });
  });

  it('calls a file whose every row is refused a failed import, with the reason', async () => {
    const op = await importer(env(), 'bandarlampung.operator');
    const rows = [handedOverUnrecorded(), handedOverUnrecorded()];
    const job = await importFile(env(), op, writeSiakCsv(path.join(dir, 'semua-salah.csv'), rows));
    expect(job).toMatchObject({ status: 'failed', inserted: 0, updated: 0, rejected: 2 });
    expect(job.message).toMatch(/^Impor gagal: seluruh 2 baris ditolak/);
    expect(job.messageEn).toMatch(/^Import failed: all 2 rows were refused/);
    expect(job.message).not.toMatch(/sudah sama/);
    const errors = await op.client.get<ImportErrorPage>(`/api/v1/imports/${job.id}/errors`);
    expect(errors.body.items.map((e) => [e.line, e.column, e.code])).toEqual([
      [2, 'STATUS_CETAK', 'print_requires_prr'],
      [3, 'STATUS_CETAK', 'print_requires_prr'],
    ]);
  });
});
