/**
 * Issue 10 item 8: an import stores codes and parameters, never rendered text, and the API still answers
 * in Indonesian and English (rendered from imports.messages.ts). Rows stored before migration 0012 keep
 * showing the text they were stored with.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { writeSiakCsv } from '../helpers/siak-csv';
import { describeEachEngine } from '../helpers/test-env';
import { extract, withBadRows } from './import-fixtures';
import { type ImportErrorPage, type Importer, importer, importFile } from './import-flow';

describeEachEngine('imports: stored message codes', (env) => {
  let dir = '';
  let op: Importer;
  let file = '';

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'sigap-codes-'));
    file = writeSiakCsv(path.join(dir, 'kode.csv'), withBadRows('KODE', extract('KODE')).rows);
    op = await importer(env(), 'bandarlampung.operator');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stores an error row as code and params, and the API renders both languages', async () => {
    const job = await importFile(env(), op, file);
    const stored = await env()
      .handle.db.selectFrom('import_errors')
      .selectAll()
      .where('job_id', '=', job.id)
      .orderBy('line')
      .execute();
    expect(stored.map((r) => [r.line, r.code])).toEqual([
      [4, 'nik_length'],
      [9, 'invalid_date'],
    ]);
    for (const r of stored) {
      expect(r.legacy_message).toBeNull();
      expect(r.legacy_message_en).toBeNull();
    }
    expect(JSON.parse(stored[0]?.params ?? 'null')).toEqual(['11']);
    expect(JSON.parse(stored[1]?.params ?? 'null')).toEqual(['31-02-2001']);

    const r = await op.client.get<ImportErrorPage>(`/api/v1/imports/${job.id}/errors`);
    expect(r.status).toBe(200);
    expect(r.body.items).toEqual([
      {
        line: 4,
        // The row's NIK and name as the file wrote them: staff find the row in SIAK by them.
        nik: expect.stringMatching(/^\d{11}$/),
        name: expect.stringMatching(/\S/),
        column: 'NIK',
        code: 'nik_length',
        message: 'NIK harus 16 digit (tertulis 11).',
        messageEn: 'NIK must be 16 digits (got 11).',
      },
      expect.objectContaining({
        line: 9,
        code: 'invalid_date',
        messageEn: expect.stringMatching(/31-02-2001/),
      }),
    ]);
  });

  it("stores a job's outcome as a code, rendered on the job", async () => {
    const again = await importFile(env(), op, file);
    const row = await env()
      .handle.db.selectFrom('import_jobs')
      .select(['message_code', 'message_params', 'legacy_message', 'legacy_message_en'])
      .where('id', '=', again.id)
      .executeTakeFirstOrThrow();
    expect(row.message_code).toBe('job_same_file');
    expect(row.legacy_message).toBeNull();
    expect(row.legacy_message_en).toBeNull();
    const earlier = JSON.parse(row.message_params ?? '[]')[0];
    expect(again.messageEn).toBe(`This file is the same as import #${earlier}; nothing changed.`);
    expect(again.message).toBe(`Berkas ini sama dengan impor #${earlier}; tidak ada data yang berubah.`);
  });

  it('shows a row stored before codes were with the text it was stored with', async () => {
    const job = await importFile(env(), op, file);
    await env()
      .handle.db.insertInto('import_errors')
      .values({
        job_id: job.id,
        line: 99,
        column_name: null,
        code: 'nik_length',
        params: null,
        legacy_message: 'Teks lama.',
        legacy_message_en: 'Old text.',
        raw: null,
      })
      .execute();
    const r = await op.client.get<ImportErrorPage>(`/api/v1/imports/${job.id}/errors`);
    expect(r.body.items.at(-1)).toEqual({
      line: 99,
      nik: null,
      name: null,
      column: null,
      code: 'nik_length',
      message: 'Teks lama.',
      messageEn: 'Old text.',
    });
  });
});
