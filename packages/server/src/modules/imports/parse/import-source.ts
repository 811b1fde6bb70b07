/**
 * Opens an import file (a path, or an upload stream with its file name), reads its first bytes and decides
 * its format from them: an XLSX is a ZIP archive whatever its name says, and a renamed legacy XLS or PDF is
 * refused here with a clear message instead of being parsed as garbage CSV.
 */
import { createReadStream } from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { importFormatErrors } from './import-format-error';

export type ImportSource =
  /** `onBytes` hears how many of the file's bytes have been read, for a progress figure. */
  { path: string; onBytes?: (n: number) => void } | { stream: Readable; fileName: string };
export type FileFormat = 'csv' | 'xlsx';

export interface OpenedSource {
  fileName: string;
  format: FileFormat;
  /** The first bytes of the file (at least `HEAD_BYTES` unless the file is shorter). */
  head: Buffer;
  /** Every chunk of the file from the start, `head` included; iterate once. */
  chunks: AsyncGenerator<Buffer, void, undefined>;
  /** Stops reading and releases the file; safe to call more than once. */
  close(): void;
}

/** Enough to sniff a text encoding and hold a header line. */
export const HEAD_BYTES = 64 * 1024;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const PDF = [0x25, 0x50, 0x44, 0x46];

function startsWith(head: Buffer, magic: number[]): boolean {
  return magic.every((byte, i) => head[i] === byte);
}

function detectFormat(head: Buffer, fileName: string): FileFormat {
  if (startsWith(head, ZIP)) return 'xlsx';
  if (startsWith(head, OLE)) {
    throw importFormatErrors.unreadable(
      'format Excel lama (.xls) tidak didukung; simpan ulang sebagai .xlsx atau .csv.',
      'the old Excel format (.xls) is not supported; save it again as .xlsx or .csv.',
    );
  }
  const ext = path.extname(fileName).toLowerCase();
  if (ext === '.xlsx' || ext === '.xlsm') {
    throw importFormatErrors.unreadable(
      'isinya bukan berkas XLSX yang utuh.',
      'it is not a complete XLSX file.',
    );
  }
  if (startsWith(head, PDF) || looksBinary(head)) {
    throw importFormatErrors.unreadable(
      'bukan berkas CSV atau XLSX.',
      'it is neither a CSV nor an XLSX file.',
    );
  }
  return 'csv';
}

// NUL bytes never occur in text, except in UTF-16, which announces itself with a byte order mark.
function looksBinary(head: Buffer): boolean {
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return false;
  return head.subarray(0, 1024).includes(0);
}

/** Streams yield Buffers, but an object-mode upload may hand over Uint8Arrays or strings. */
function toBuffer(chunk: unknown): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return Buffer.from(String(chunk));
}

/** Opens the source and classifies it; throws ImportFormatError for an unreadable or empty file. */
export async function openSource(source: ImportSource): Promise<OpenedSource> {
  const stream =
    'path' in source ? createReadStream(source.path, { highWaterMark: HEAD_BYTES }) : source.stream;
  const fileName = 'path' in source ? path.basename(source.path) : source.fileName;
  const iterator: AsyncIterator<unknown> = stream[Symbol.asyncIterator]();
  const close = () => stream.destroy();
  const first: Buffer[] = [];
  let size = 0;
  let done = false;
  try {
    while (size < HEAD_BYTES) {
      const next = await iterator.next();
      if (next.done) {
        done = true;
        break;
      }
      const chunk = toBuffer(next.value);
      first.push(chunk);
      size += chunk.length;
    }
  } catch (err) {
    close();
    // The operator cannot act on a server path or an errno, so those stay in `cause` for the log.
    const error = importFormatErrors.unreadable('berkas tidak dapat dibuka.', 'the file cannot be opened.');
    throw Object.assign(error, { cause: err });
  }
  const head = Buffer.concat(first);
  try {
    if (head.length === 0) throw importFormatErrors.empty();
    const format = detectFormat(head, fileName);
    const onBytes = 'path' in source ? source.onBytes : undefined;
    return { fileName, format, head, chunks: rest(first, iterator, done, close, onBytes), close };
  } catch (err) {
    close();
    throw err;
  }
}

async function* rest(
  first: Buffer[],
  iterator: AsyncIterator<unknown>,
  done: boolean,
  close: () => void,
  onBytes: (n: number) => void = () => {},
): AsyncGenerator<Buffer, void, undefined> {
  try {
    for (const chunk of first) {
      onBytes(chunk.length);
      yield chunk;
    }
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      const chunk = toBuffer(next.value);
      onBytes(chunk.length);
      yield chunk;
    }
  } finally {
    close();
  }
}

/** One non-blank row of the file, its cells as text. */
export interface SourceRow {
  /** 1-based line (CSV, where the row starts) or row number (XLSX), as an editor or Excel shows it. */
  line: number;
  cells: string[];
  /** The record exactly as the CSV file wrote it (a slice of the text read, not a copy); absent in XLSX. */
  text?: string;
  /** Set when the row could not be split into cells; `cells` then holds what was read. */
  problem?: 'unclosed_quote';
}
