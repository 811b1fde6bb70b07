/**
 * The downloadable error report of an import: one CSV line per issue with the Indonesian column names first
 * (`baris,nik,nama,kolom,kode,pesan,message`); the NIK and name let staff find the row in SIAK. Streamed, since a bad file can have a million issues; written with a
 * UTF-8 BOM so Excel shows Indonesian text correctly, and with formula-like cells defused.
 */
import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { RowIssue } from './row-issue';

export const ERROR_REPORT_COLUMNS = ['baris', 'nik', 'nama', 'kolom', 'kode', 'pesan', 'message'] as const;

/** One line of the report: the issue, and whom the row is about as the file wrote it. */
export type ReportIssue = RowIssue & { nik?: string | null; name?: string | null };

export interface ErrorReportOptions {
  /** `;` suits Excel in an Indonesian locale, which reads `,` files as one column. Default `,`. */
  delimiter?: ',' | ';';
  /** Default true. */
  bom?: boolean;
}

// A cell starting with one of these is a formula to Excel (CSV injection); a leading quote makes it text.
const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r']);

function defuse(text: string): string {
  return FORMULA_START.has(text.charAt(0)) ? `'${text}` : text;
}

async function* reportLines(issues: AsyncIterable<ReportIssue> | Iterable<ReportIssue>) {
  for await (const issue of issues) {
    yield [
      String(issue.line),
      defuse(issue.nik ?? ''),
      defuse(issue.name ?? ''),
      issue.column ?? '',
      issue.code,
      defuse(issue.message),
      defuse(issue.messageEn),
    ];
  }
}

/** A readable stream of the report's CSV text, header line first. */
export function errorReportCsv(
  issues: AsyncIterable<ReportIssue> | Iterable<ReportIssue>,
  options: ErrorReportOptions = {},
): Readable {
  const csv = stringify({
    header: true,
    columns: [...ERROR_REPORT_COLUMNS],
    delimiter: options.delimiter ?? ',',
    bom: options.bom ?? true,
    record_delimiter: 'windows',
  });
  const lines = Readable.from(reportLines(issues));
  lines.on('error', (err) => csv.destroy(err));
  return lines.pipe(csv);
}
