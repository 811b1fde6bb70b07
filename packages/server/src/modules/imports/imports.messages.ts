/**
 * The one message catalogue of imports: every code an import stores (a row's error, a job's outcome) with
 * the Indonesian and English text rendered from its parameters. Rows keep `code` + JSON `params`; the text
 * is made here when read, so wording can change without touching stored rows.
 */
import { NIK_ISSUE_CODES, type NikIssueCode, renderNikIssue } from '@sigap/domain';
import { renderWriteRejection, WRITE_REJECTION_CODES, type WriteRejectionCode } from '../residents';
import { PARSE_ISSUE_CODES, type ParseIssueCode, renderParseIssue } from './parse';

export type Rendered = [message: string, messageEn: string];

/** A job's outcome, shown on the job (why it failed, or why nothing changed). */
const JOB_MESSAGES = {
  job_same_file: (jobId: string) => [
    `Berkas ini sama dengan impor #${jobId}; tidak ada data yang berubah.`,
    `This file is the same as import #${jobId}; nothing changed.`,
  ],
  job_no_changes: () => [
    'Tidak ada perubahan: semua baris sudah sama dengan data di Sigap.',
    'No changes: every row already matches the data in Sigap.',
  ],
  job_all_rejected: (rows: string) => [
    `Impor gagal: seluruh ${rows} baris ditolak, tidak ada data yang disimpan. Unduh daftar kesalahan untuk melihat alasannya per baris.`,
    `Import failed: all ${rows} rows were refused and nothing was saved. Download the error list for each row's reason.`,
  ],
  job_nothing_saved: (rejected: string, unchanged: string) => [
    `Tidak ada data yang disimpan: ${rejected} baris ditolak, ${unchanged} baris sudah sama dengan data di Sigap.`,
    `Nothing was saved: ${rejected} rows were refused and ${unchanged} rows already match the data in Sigap.`,
  ],
  job_server_fault: (detail: string) => ['Impor gagal karena kesalahan server.', `Import failed: ${detail}`],
  // The error (file refused, limit broken, ...) was rendered when it was raised; its id is the first
  // parameter and its words the other two, until AppError carries codes and parameters itself.
  job_failed: (_errorId: string, message: string, messageEn: string) => [message, messageEn],
} satisfies Record<string, (a: string, b: string, c: string) => Rendered>;

export type JobMessageCode = keyof typeof JOB_MESSAGES;

/** A job's outcome as stored: its code and parameters (the text is rendered when read). */
export function jobMessage(code: JobMessageCode, ...params: string[]) {
  return { message_code: code, message_params: JSON.stringify(params) };
}

const PARSE = new Set<string>(PARSE_ISSUE_CODES);
const NIK = new Set<string>(NIK_ISSUE_CODES);
const WRITE = new Set<string>(WRITE_REJECTION_CODES);

/**
 * The text of a stored code. `out_of_scope` is both a parser code (the file's village, one parameter) and a
 * write refusal (the stored resident's village, never named): the parameters tell which.
 */
export function renderImportMessage(code: string, params: readonly string[]): Rendered {
  const p = (i: number) => params[i] ?? '';
  if (code === 'out_of_scope' && params.length === 0) return renderWriteRejection('out_of_scope', params);
  if (PARSE.has(code)) return renderParseIssue(code as ParseIssueCode, params);
  if (NIK.has(code)) return renderNikIssue(code as NikIssueCode, params);
  if (WRITE.has(code)) return renderWriteRejection(code as WriteRejectionCode, params);
  if (code in JOB_MESSAGES) return JOB_MESSAGES[code as JobMessageCode](p(0), p(1), p(2));
  // A code from a newer version read by an older one: say what is known rather than fail the read.
  return [`Kesalahan ${code}.`, `Error ${code}.`];
}

/** Parameters as stored (a JSON array of strings); anything else reads as none. */
export function parseParams(json: string | null): string[] {
  if (!json) return [];
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.map(String) : [];
}

/** A stored row's text: rendered from code and params, or the text stored before codes were (0012). */
export function storedMessage(
  code: string | null,
  params: string | null,
  legacy: { message: string | null; messageEn: string | null },
): { message: string | null; messageEn: string | null } {
  if (code === null || params === null) return legacy;
  const [message, messageEn] = renderImportMessage(code, parseParams(params));
  return { message, messageEn };
}

/** Sample parameters for every code, for the catalogue test (each must render non-empty in both languages). */
export const IMPORT_MESSAGE_SAMPLES: ReadonlyArray<[code: string, params: string[]]> = [
  ...PARSE_ISSUE_CODES.map((c): [string, string[]] => [c, ['X1', 'X2']]),
  ...NIK_ISSUE_CODES.map((c): [string, string[]] => [c, ['15']]),
  ...WRITE_REJECTION_CODES.map((c): [string, string[]] => [c, ['2026-12-05', '2026-12-04']]),
  ['out_of_scope', []],
  ['job_same_file', ['7']],
  ['job_no_changes', []],
  ['job_all_rejected', ['12']],
  ['job_nothing_saved', ['3', '9']],
  ['job_server_fault', ['disk full']],
  ['job_failed', ['import_empty_file', 'Berkas kosong.', 'The file is empty.']],
];
