/**
 * Watches the inflated bytes of one XLSX part on their way to the XML parser and stops the stream as soon
 * as the part breaks a bound: too many bytes, a run of text between tags (or one tag) longer than any cell
 * can be, or one record (`<row>`, `<si>`) too big. A parser buffers exactly these runs and records whole,
 * so bounding them bounds its memory; the check costs one pass over bytes already in hand.
 */
import { Transform, type TransformCallback } from 'node:stream';
import type { ImportFormatError } from './import-format-error';

const LT = 0x3c;
const GT = 0x3e;
const R = 0x72;
const O = 0x6f;
const W = 0x77;
const S = 0x73;
const I = 0x69;
const SPACE = 0x20;

export interface XmlMeterLimits {
  /** Bytes the part may inflate to. */
  maxBytes: number;
  /** Longest run between two `<`/`>`, or null for a part that is not XML (counted only). */
  maxRunBytes: number | null;
  maxRecordBytes: number;
  /**
   * For the shared strings only: a bound on what the parser's cache of them will cost in memory, estimated
   * from the part's bytes plus a cost per element (see `elementCost`). Bytes alone do not bound it: a
   * 165 KB file of 2.8 million one-letter rich-text strings (64 MB inflated) took the 256 MB heap down.
   */
  maxCacheCost?: number;
}

export interface XmlMeterErrors {
  tooBig(): ImportFormatError;
  cacheTooBig?(): ImportFormatError;
  runTooLong(): ImportFormatError;
  recordTooBig(): ImportFormatError;
}

export class XmlMeter extends Transform {
  private bytes = 0;
  private run = 0;
  /** Offset (in the part) where the current record began; -1 before the first. */
  private recordStart = -1;
  /** Estimated heap cost of the elements seen so far (shared strings only). */
  private elementCost = 0;

  constructor(
    private readonly limits: XmlMeterLimits,
    private readonly errors: XmlMeterErrors,
    /** Told of every chunk that passes; may refuse it (a bound shared by several parts). */
    private readonly onBytes: (n: number) => ImportFormatError | null = () => null,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    const refused = this.check(chunk) ?? this.onBytes(chunk.length);
    if (refused) done(refused);
    else done(null, chunk);
  }

  private check(chunk: Buffer): ImportFormatError | null {
    const base = this.bytes;
    this.bytes += chunk.length;
    if (this.bytes > this.limits.maxBytes) return this.errors.tooBig();
    const maxRun = this.limits.maxRunBytes;
    if (maxRun === null) return null;
    let run = this.run;
    const n = chunk.length;
    for (let k = 0; k < n; k++) {
      const b = chunk[k];
      if (b !== LT && b !== GT) {
        run++;
        continue;
      }
      if (run > maxRun) return this.errors.runTooLong();
      run = 0;
      // A record start split across two chunks goes unseen: the record before it then counts one record
      // longer, which stays far below the bound for real files (rows are ~1 KB, the bound megabytes).
      if (b === LT && k + 4 < n && isRecordStart(chunk, k + 1)) {
        this.recordStart = base + k;
      }
      if (b === LT && k + 2 < n) this.elementCost += elementCost(chunk, k + 1);
    }
    this.run = run;
    const maxCost = this.limits.maxCacheCost;
    if (maxCost !== undefined && this.bytes + this.elementCost > maxCost) {
      return (this.errors.cacheTooBig ?? this.errors.tooBig)();
    }
    if (run > maxRun) return this.errors.runTooLong();
    if (this.recordStart >= 0 && this.bytes - this.recordStart > this.limits.maxRecordBytes) {
      return this.errors.recordTooBig();
    }
    return null;
  }
}

/** `row` or `si` followed by a space or `>`: the start of a sheet row or a shared string. */
function isRecordStart(chunk: Buffer, at: number): boolean {
  const a = chunk[at];
  if (a === R) {
    const end = chunk[at + 3];
    return chunk[at + 1] === O && chunk[at + 2] === W && (end === SPACE || end === GT);
  }
  if (a === S) {
    const end = chunk[at + 2];
    return chunk[at + 1] === I && (end === SPACE || end === GT);
  }
  return false;
}

// Heap bytes exceljs spends per shared-string element beyond its text, measured as peak heapUsed while
// reading files of one repeated entry shape (100,000–500,000 entries): ~80 B per plain `<si><t>` entry,
// ~300 B per one-run rich-text entry, ~650 B per run with seven formatting children. Rounded up, so the
// estimate errs toward refusing.
const ENTRY_COST = 64;
const ELEMENT_COST = 200;

/** Cost of the element whose name starts at `at`: `<si>` an entry, `<t>` its text (free), others a run or format. */
function elementCost(chunk: Buffer, at: number): number {
  const a = chunk[at];
  if (a === undefined || a < 0x61 || a > 0x7a) return 0; // not a start tag (`</`, `<?`, `<!`)
  const next = chunk[at + 1];
  if (a === S && next === I) return ENTRY_COST;
  if (a === 0x74 && (next === SPACE || next === GT)) return 0;
  return ELEMENT_COST;
}
