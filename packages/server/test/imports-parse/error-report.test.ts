import type { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { errorReportCsv } from '../../src/modules/imports/parse/error-report';
import { parseImportFile } from '../../src/modules/imports/parse/parse-import-file';
import { type RowIssue, rowIssue } from '../../src/modules/imports/parse/row-issue';
import { csvText, REFERENCE_DATE, residentRow, writeFixture } from './fixtures';

/** The report as written, BOM included (`stream/consumers.text` would drop it). */
async function text(stream: Readable): Promise<string> {
  return (await buffer(stream)).toString('utf8');
}

const issues: RowIssue[] = [
  rowIssue(3, 'TGL_LHR', 'invalid_date', '29-02-2023'),
  rowIssue(5, null, 'column_count', '5', '23'),
];

describe('errorReportCsv', () => {
  it('writes baris,kolom,kode,pesan,message with a BOM and CRLF, one line per issue', async () => {
    const csv = await text(errorReportCsv(issues));
    expect(csv.startsWith('\ufeffbaris,kolom,kode,pesan,message\r\n')).toBe(true);
    expect(parse(csv, { bom: true })).toEqual([
      ['baris', 'kolom', 'kode', 'pesan', 'message'],
      ['3', 'TGL_LHR', 'invalid_date', issues[0]?.message, issues[0]?.messageEn],
      [
        '5',
        '',
        'column_count',
        'Baris berisi 5 kolom, padahal baris judul berisi 23 kolom.',
        'The row has 5 columns but the header has 23.',
      ],
    ]);
  });

  it('writes semicolons for Excel in an Indonesian locale, and no BOM when asked', async () => {
    const csv = await text(errorReportCsv(issues, { delimiter: ';', bom: false }));
    expect(csv.split('\r\n')[0]).toBe('baris;kolom;kode;pesan;message');
  });

  it('defuses a message that Excel would run as a formula', async () => {
    const evil: RowIssue = {
      line: 2,
      column: 'NAMA_LGKP',
      code: 'invalid_sex',
      params: ['=HYPERLINK("x")'],
      message: '=HYPERLINK("x")',
      messageEn: '+1',
    };
    const [, row] = parse(await text(errorReportCsv([evil])), { bom: true }) as string[][];
    expect(row?.slice(3)).toEqual(['\'=HYPERLINK("x")', "'+1"]);
  });

  it('streams the issues of a parsed file straight from the parser', async () => {
    const rows = [residentRow(), residentRow({ JENIS_KLMIN: 'X' }), residentRow({ NO_KK: '1' })];
    const file = writeFixture('report.csv', csvText(rows));
    async function* fileIssues() {
      for await (const row of parseImportFile(
        { path: file },
        { kind: 'residents', referenceDate: REFERENCE_DATE },
      )) {
        if (!row.ok) yield* row.issues;
      }
    }
    const lines = parse(await text(errorReportCsv(fileIssues())), { bom: true }) as string[][];
    expect(lines.map((l) => l.slice(0, 3))).toEqual([
      ['baris', 'kolom', 'kode'],
      ['3', 'JENIS_KLMIN', 'invalid_sex'],
      ['4', 'NO_KK', 'invalid_no_kk'],
    ]);
  });

  it('writes only the header for a file without issues', async () => {
    expect(await text(errorReportCsv([]))).toBe('\ufeffbaris,kolom,kode,pesan,message\r\n');
  });
});
