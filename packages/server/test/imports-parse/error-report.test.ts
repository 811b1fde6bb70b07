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
  it('writes baris,nik,nama,kolom,kode,pesan,message with a BOM and CRLF, one line per issue', async () => {
    const named = [
      { ...(issues[0] as RowIssue), nik: '1871015705900001', name: 'SITI AMINAH' },
      issues[1] as RowIssue,
    ];
    const csv = await text(errorReportCsv(named));
    expect(csv.startsWith('\ufeffbaris,nik,nama,kolom,kode,pesan,message\r\n')).toBe(true);
    expect(parse(csv, { bom: true })).toEqual([
      ['baris', 'nik', 'nama', 'kolom', 'kode', 'pesan', 'message'],
      [
        '3',
        '1871015705900001',
        'SITI AMINAH',
        'TGL_LHR',
        'invalid_date',
        issues[0]?.message,
        issues[0]?.messageEn,
      ],
      [
        '5',
        '',
        '',
        '',
        'column_count',
        'Baris berisi 5 kolom, padahal baris judul berisi 23 kolom.',
        'The row has 5 columns but the header has 23.',
      ],
    ]);
  });

  it('writes semicolons for Excel in an Indonesian locale, and no BOM when asked', async () => {
    const csv = await text(errorReportCsv(issues, { delimiter: ';', bom: false }));
    expect(csv.split('\r\n')[0]).toBe('baris;nik;nama;kolom;kode;pesan;message');
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
    const [, row] = parse(await text(errorReportCsv([{ ...evil, name: '=CMD()' }])), {
      bom: true,
    }) as string[][];
    expect(row?.slice(5)).toEqual(['\'=HYPERLINK("x")', "'+1"]);
    expect(row?.[2]).toBe("'=CMD()");
  });

  it('streams the issues of a parsed file straight from the parser', async () => {
    const rows = [residentRow(), residentRow({ JENIS_KLMIN: 'X' }), residentRow({ NO_KK: '1' })];
    const file = writeFixture('report.csv', csvText(rows));
    async function* fileIssues() {
      for await (const row of parseImportFile(
        { path: file },
        { kind: 'residents', referenceDate: REFERENCE_DATE },
      )) {
        if (!row.ok) for (const issue of row.issues) yield { ...issue, ...row.who };
      }
    }
    const lines = parse(await text(errorReportCsv(fileIssues())), { bom: true }) as string[][];
    expect(lines.map((l) => [l[0], l[3], l[4]])).toEqual([
      ['baris', 'kolom', 'kode'],
      ['3', 'JENIS_KLMIN', 'invalid_sex'],
      ['4', 'NO_KK', 'invalid_no_kk'],
    ]);
    // Each line names whom the row is about, from the file's NIK and NAMA_LGKP cells.
    expect(lines[1]?.[1]).toMatch(/^\d{16}$/);
    expect(lines[1]?.[2]).toMatch(/\S/);
  });

  it('writes only the header for a file without issues', async () => {
    expect(await text(errorReportCsv([]))).toBe('\ufeffbaris,nik,nama,kolom,kode,pesan,message\r\n');
  });
});
