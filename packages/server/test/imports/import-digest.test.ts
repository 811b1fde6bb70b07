import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { buildResident } from '../helpers/resident-factory';
import { writeSiakCsv, writeSiakXlsx } from '../helpers/siak-csv';
import { describeEachEngine, type TestEnv } from '../helpers/test-env';
import { importer, importFile } from './import-flow';

const VILLAGE = '18.71.01.1005'; // Sukamenanti, Bandar Lampung
const ELSEWHERE = '18.01.04.2001'; // Lampung Barat: outside Bandar Lampung's operator

async function storedOf(env: TestEnv, nik: string) {
  return env.handle.db
    .selectFrom('residents')
    .select(['full_name', 'phone', 'print_status', 'import_digest', 'updated_at'])
    .where('nik', '=', nik)
    .executeTakeFirstOrThrow();
}

/**
 * Issue 17: a re-imported row is recognised by the digest of its text (imports/line-digest.ts) and skipped
 * unparsed; the digest must never vouch for data that anything else changed.
 */
describeEachEngine('imports: rows applied before', (env) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sigap-digest-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let n = 0;
  /** The same rows under a new file name each time (an office exports its extract again every day). */
  const extract = (rows: Parameters<typeof writeSiakCsv>[1]) =>
    writeSiakCsv(path.join(dir, `ekstrak-${++n}.csv`), rows);
  const again = (file: string) => {
    const copy = path.join(dir, `ulang-${++n}.csv`);
    copyFileSync(file, copy);
    return copy;
  };

  it('skips every row of an unchanged extract, and the digest is what decides it', async () => {
    const op = await importer(env(), 'bandarlampung.operator');
    const rows = [0, 1, 2].map((i) => buildResident({ villageCode: VILLAGE, fullName: `WARGA DIGEST ${i}` }));
    const file = extract(rows);
    expect(await importFile(env(), op, file)).toMatchObject({ status: 'done', inserted: 3 });
    const first = await storedOf(env(), rows[0]?.nik as string);
    expect(first.import_digest).toMatch(/^\d{4}-\d{2}-\d{2}:[A-Za-z0-9+/]{22}$/);

    expect(await importFile(env(), op, again(file))).toMatchObject({
      status: 'done',
      inserted: 0,
      updated: 0,
      unchanged: 3,
      rejected: 0,
    });
    expect(await storedOf(env(), rows[0]?.nik as string)).toEqual(first);

    // Proof that the digest alone decides: change the name behind the write path's back (the trigger
    // clears the digest), put the digest back by hand, and the next import trusts it and writes nothing.
    const nik = rows[1]?.nik as string;
    const { import_digest } = await storedOf(env(), nik);
    await env()
      .handle.db.updateTable('residents')
      .set({ full_name: 'DIUBAH DI LUAR' })
      .where('nik', '=', nik)
      .execute();
    expect((await storedOf(env(), nik)).import_digest).toBeNull();
    await env().handle.db.updateTable('residents').set({ import_digest }).where('nik', '=', nik).execute();
    expect(await importFile(env(), op, again(file))).toMatchObject({ unchanged: 3, updated: 0 });
    expect((await storedOf(env(), nik)).full_name).toBe('DIUBAH DI LUAR');
  });

  it('no longer vouches once a writer outside the write path changes the data, so the extract wins again', async () => {
    const op = await importer(env(), 'bandarlampung.operator');
    const row = buildResident({ villageCode: VILLAGE, fullName: 'WARGA DIUBAH SQL', phone: '081200000001' });
    const file = extract([row]);
    await importFile(env(), op, file);
    await sql`update residents set phone = '089999999999' where nik = ${row.nik}`.execute(env().handle.db);
    expect((await storedOf(env(), row.nik)).import_digest).toBeNull();
    expect(await importFile(env(), op, again(file))).toMatchObject({ updated: 1, unchanged: 0 });
    const stored = await storedOf(env(), row.nik);
    expect(stored.phone).toBe('081200000001');
    expect(stored.import_digest).not.toBeNull();
  });

  it('clears the digest on a change by hand, and the next import puts SIAK’s state back', async () => {
    const op = await importer(env(), 'bandarlampung.operator');
    const row = buildResident({
      villageCode: VILLAGE,
      fullName: 'WARGA DISERAHKAN',
      recordingStatus: 'PRINT_READY_RECORD',
      printStatus: 'PRINTED',
    });
    const file = extract([row]);
    expect(await importFile(env(), op, file)).toMatchObject({ inserted: 1 });
    const { id } = await env()
      .handle.db.selectFrom('residents')
      .select('id')
      .where('nik', '=', row.nik)
      .executeTakeFirstOrThrow();
    const clerk = await env().as('bandarlampung.loket');
    const r = await clerk.patch(`/api/v1/residents/${id}`, {
      printStatus: 'HANDED_OVER',
      handedOverDate: '2024-05-02',
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(await storedOf(env(), row.nik)).toMatchObject({
      print_status: 'HANDED_OVER',
      import_digest: null,
    });
    expect(await importFile(env(), op, again(file))).toMatchObject({ updated: 1, unchanged: 0 });
    expect((await storedOf(env(), row.nik)).print_status).toBe('PRINTED');
  });

  it('writes a changed row with its new digest and skips the rest', async () => {
    const op = await importer(env(), 'bandarlampung.operator');
    const rows = [0, 1, 2].map((i) =>
      buildResident({ villageCode: VILLAGE, fullName: `WARGA BERUBAH ${i}` }),
    );
    await importFile(env(), op, extract(rows));
    const before = await storedOf(env(), rows[2]?.nik as string);
    const changed = { ...(rows[2] as (typeof rows)[number]), phone: '081377777777' };
    const job = await importFile(env(), op, extract([rows[0], rows[1], changed] as typeof rows));
    expect(job).toMatchObject({ inserted: 0, updated: 1, unchanged: 2 });
    const after = await storedOf(env(), changed.nik);
    expect(after.phone).toBe('081377777777');
    expect(after.import_digest).not.toBeNull();
    expect(after.import_digest).not.toBe(before.import_digest);
  });

  it('gives a digest to rows found equal without one (data stored before digests), then skips them', async () => {
    const op = await importer(env(), 'bandarlampung.operator');
    const rows = [0, 1].map((i) => buildResident({ villageCode: VILLAGE, fullName: `WARGA LAMA ${i}` }));
    const file = extract(rows);
    await importFile(env(), op, file);
    const niks = rows.map((r) => r.nik);
    await env()
      .handle.db.updateTable('residents')
      .set({ import_digest: null })
      .where('nik', 'in', niks)
      .execute();
    expect(await importFile(env(), op, again(file))).toMatchObject({ unchanged: 2, updated: 0 });
    for (const nik of niks) expect((await storedOf(env(), nik)).import_digest).not.toBeNull();
    expect(await importFile(env(), op, again(file))).toMatchObject({ unchanged: 2, updated: 0 });
  });

  it('skips the rows of an unchanged XLSX extract too (cells, not text, are digested)', async () => {
    const op = await importer(env(), 'bandarlampung.operator');
    const rows = [0, 1].map((i) => buildResident({ villageCode: VILLAGE, fullName: `WARGA XLSX ${i}` }));
    const file = await writeSiakXlsx(path.join(dir, `ekstrak-${++n}.xlsx`), rows);
    expect(await importFile(env(), op, file)).toMatchObject({ status: 'done', inserted: 2 });
    const digest = (await storedOf(env(), rows[0]?.nik as string)).import_digest;
    expect(digest).not.toBeNull();
    const copy = path.join(dir, `ulang-${++n}.xlsx`);
    copyFileSync(file, copy);
    expect(await importFile(env(), op, copy)).toMatchObject({ inserted: 0, updated: 0, unchanged: 2 });
    expect((await storedOf(env(), rows[0]?.nik as string)).import_digest).toBe(digest);
  });

  it('still refuses a row applied before when its resident lies outside the importer’s scope', async () => {
    const admin = await importer(env(), 'lampung.admin');
    const row = buildResident({ villageCode: ELSEWHERE, fullName: 'WARGA LAMPUNG BARAT' });
    const file = extract([row]);
    expect(await importFile(env(), admin, file)).toMatchObject({ inserted: 1 });
    const op = await importer(env(), 'bandarlampung.operator');
    const job = await importFile(env(), op, again(file));
    expect(job).toMatchObject({ unchanged: 0, rejected: 1 });
  });
});

describe('imports: the digest of a row', () => {
  it('depends on the text, the layout and the reference year, and vouches only for that day or later', async () => {
    const { lineDigester, vouchesFor } = await import('../../src/modules/imports/line-digest');
    const row = { line: 2, cells: ['a', 'b'], text: 'a,b\r\n' };
    const d = lineDigester('L1', '2026-12-05')(row);
    expect(lineDigester('L1', '2026-12-06')(row).slice(11)).toBe(d.slice(11));
    expect(lineDigester('L1', '2027-01-01')(row).slice(11)).not.toBe(d.slice(11));
    expect(lineDigester('L2', '2026-12-05')(row)).not.toBe(d);
    expect(lineDigester('L1', '2026-12-05')({ ...row, text: 'a,c\r\n' })).not.toBe(d);
    expect(vouchesFor(d, lineDigester('L1', '2026-12-06')(row))).toBe(true);
    expect(vouchesFor(d, lineDigester('L1', '2026-12-04')(row))).toBe(false);
    // XLSX rows have no text: cells after their lengths, so splitting a cell differently changes it.
    const xlsx = lineDigester('L1', '2026-12-05');
    expect(xlsx({ line: 2, cells: ['ab', 'c'] })).not.toBe(xlsx({ line: 2, cells: ['a', 'bc'] }));
  });

  it('parses every row of a NIK named twice in one batch, and each row it cannot vouch for', async () => {
    const { lineDigester, setAsideAppliedRows } = await import('../../src/modules/imports/line-digest');
    const digestOf = lineDigester('L', '2026-12-05');
    const rows = [
      { line: 2, cells: ['1', 'x'], text: '1,x\n' },
      { line: 3, cells: ['2', 'y'], text: '2,y\n' },
      { line: 4, cells: ['2', 'z'], text: '2,z\n' },
      { line: 5, cells: ['3', 'w'], text: '3,w\n' },
      { line: 6, cells: ['4', 'v'], text: '4,v\n' },
    ];
    const stored = new Map([
      ['1', { village: 'in', digest: digestOf(rows[0] as (typeof rows)[number]) }],
      ['2', { village: 'in', digest: digestOf(rows[1] as (typeof rows)[number]) }],
      ['3', { village: 'out', digest: digestOf(rows[3] as (typeof rows)[number]) }],
      ['4', { village: 'in', digest: '2026-12-05:somethingelse0000000000' }],
    ]);
    const parser = { parse: () => [], nikAt: 0, layout: 'L' };
    const out = await setAsideAppliedRows(
      rows,
      parser,
      digestOf,
      async () => stored,
      (v) => v === 'in',
    );
    expect(out.applied).toBe(1);
    expect(out.rest.map((r) => r.line)).toEqual([3, 4, 5, 6]);
    expect([...out.digests.keys()]).toEqual([3, 4, 5, 6]);
  });
});
