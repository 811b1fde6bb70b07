import type { ResidentRecord, StatusUpdateRecord } from '@sigap/domain';
import type { ParsedRow, SourceRow, VoterRollRecord } from './parse';

/** How an import cuts its rows into batches: whole rows, bounded by count and by characters held. */

export type AnyRow = ParsedRow<ResidentRecord> | ParsedRow<StatusUpdateRecord> | ParsedRow<VoterRollRecord>;

/** A batch also ends at this many characters of text, so rows of long (valid) cells cannot fill the heap. */
const BATCH_CHARS = 8 * 1024 * 1024;

export function rowChars(row: AnyRow): number {
  if (!row.ok) return 256;
  let n = 0;
  for (const value of Object.values(row.record)) if (typeof value === 'string') n += value.length;
  return n;
}

export function sourceRowChars(row: SourceRow): number {
  let n = 0;
  for (const cell of row.cells) n += cell.length;
  return n;
}

/** The rows after the checkpoint, `size()` at a time; `checkpoint` may stop it between batches. */
export async function* batchesOf<Row extends { line: number }>(
  rows: AsyncIterable<Row>,
  size: number | (() => number),
  afterLine: number,
  checkpoint: () => void,
  charsOf: (row: Row) => number,
) {
  let batch: Row[] = [];
  let chars = 0;
  checkpoint();
  for await (const row of rows) {
    if (row.line <= afterLine) continue; // committed before an interruption
    batch.push(row);
    chars += charsOf(row);
    if (batch.length >= (typeof size === 'number' ? size : size()) || chars >= BATCH_CHARS) {
      yield batch;
      checkpoint();
      batch = [];
      chars = 0;
    }
  }
  if (batch.length > 0) yield batch;
}
