/**
 * An incremental RFC 4180 tokenizer: feed it text in chunks, get back complete records with the line each
 * starts on. Written by hand because it is the import's hot loop (several times faster than csv-parse on
 * SIAK-sized rows) and because line numbers must stay exact across CRLF inside quoted fields.
 * Lenient like Excel: a quote inside an unquoted field is kept as text, rows may differ in length, and
 * `\n`, `\r\n` or a lone `\r` ends a record. Only a quote never closed makes a record unreadable.
 */
import { importFormatErrors } from './import-format-error';
import { IMPORT_LIMITS } from './import-limits';
import type { SourceRow } from './import-source';

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
/** Longer than any real row: hitting it means a stray quote is swallowing the file. */
export const MAX_RECORD_CHARS = IMPORT_LIMITS.maxCsvRecordChars;

const INCOMPLETE = -1;
const UNCLOSED = -2;

export class CsvTokenizer {
  private readonly delimiter: string;
  private readonly delim: number;
  private pending = '';
  private line = 1;
  private extraLines = 0;
  // Next LF, CR and quote at or after the scan position (text.length when none): each is searched once
  // per occurrence, so finding them stays linear in the text however the records are laid out.
  private lfAt = 0;
  private crAt = 0;
  private quoteAt = 0;

  constructor(delimiter: string) {
    if (delimiter.length !== 1) throw new RangeError(`delimiter must be one character, got "${delimiter}"`);
    this.delimiter = delimiter;
    this.delim = delimiter.charCodeAt(0);
  }

  /** Records completed by `text`; an incomplete last record waits for the next chunk. */
  push(text: string): SourceRow[] {
    return this.scan(this.pending.length === 0 ? text : this.pending + text, false);
  }

  /** The last record(s) at the end of the input. */
  end(): SourceRow[] {
    return this.scan(this.pending, true);
  }

  private scan(text: string, final: boolean): SourceRow[] {
    const rows: SourceRow[] = [];
    const n = text.length;
    this.lfAt = this.crAt = this.quoteAt = -1;
    let i = 0;
    while (i < n) {
      const cells: string[] = [];
      this.extraLines = 0;
      const next = this.record(text, i, n, final, cells);
      if (next === INCOMPLETE) break;
      if (next === UNCLOSED) {
        rows.push({ line: this.line, cells, problem: 'unclosed_quote' });
        i = n;
        break;
      }
      rows.push({ line: this.line, cells, text: text.slice(i, next) });
      this.line += 1 + this.extraLines;
      i = next;
    }
    this.pending = i < n ? text.slice(i) : '';
    if (this.pending.length > MAX_RECORD_CHARS) {
      throw importFormatErrors.unreadable(
        `baris ${this.line} terlalu panjang (kemungkinan ada tanda kutip yang tidak ditutup).`,
        `line ${this.line} is too long (probably a quote that is never closed).`,
      );
    }
    return rows;
  }

  private seek(text: string, i: number): void {
    const n = text.length;
    if (this.lfAt < i) this.lfAt = orEnd(text.indexOf('\n', i), n);
    if (this.crAt < i) this.crAt = orEnd(text.indexOf('\r', i), n);
    if (this.quoteAt < i) this.quoteAt = orEnd(text.indexOf('"', i), n);
  }

  /** Reads one record starting at `i` into `cells`; returns the index after it, INCOMPLETE or UNCLOSED. */
  private record(text: string, start: number, n: number, final: boolean, cells: string[]): number {
    let i = start;
    for (;;) {
      const native = this.splitNatively(text, i, n, cells);
      if (native > this.lfAt) return native;
      if (native >= 0) i = native;
      if (i < n && text.charCodeAt(i) === QUOTE) {
        i = this.quoted(text, i, n, final, cells);
        if (i < 0) return i;
      } else {
        const j = this.fieldEnd(text, i, n);
        if (j >= n && !final) return INCOMPLETE;
        cells.push(text.slice(i, j));
        i = j;
      }
      if (i >= n) return n;
      const c = text.charCodeAt(i);
      if (c === this.delim) {
        i++;
        continue;
      }
      if (c === LF) return i + 1;
      // CR: a lone one ends the record too (old Mac files), but CRLF must not split across chunks.
      if (i + 1 >= n && !final) return INCOMPLETE;
      return text.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
    }
  }

  /**
   * The fast path, nearly every SIAK row: unquoted fields up to the end of the line, or up to a quote that
   * opens a field, are split with the native `String.prototype.split`. Returns the index where reading goes
   * on (after the line's LF, or at the quote), or -1 when the text at `i` needs the field-by-field reader.
   */
  private splitNatively(text: string, i: number, n: number, cells: string[]): number {
    this.seek(text, i);
    const lf = this.lfAt;
    const quote = this.quoteAt;
    // A lone CR before the line's end (old Mac files) or no complete line: field by field.
    if (lf >= n || this.crAt < lf - 1 || quote <= i) return -1;
    let end = lf;
    if (quote < lf) {
      if (text.charCodeAt(quote - 1) !== this.delim) return -1;
      end = quote - 1;
    } else if (this.crAt === lf - 1) end = lf - 1;
    const parts = text.slice(i, end).split(this.delimiter);
    for (let k = 0; k < parts.length; k++) cells.push(parts[k] ?? '');
    return quote < lf ? quote : lf + 1;
  }

  /** End of the unquoted field at `i`: the next delimiter, LF or CR. */
  private fieldEnd(text: string, i: number, n: number): number {
    this.seek(text, i);
    const d = orEnd(text.indexOf(this.delimiter, i), n);
    return Math.min(d, this.lfAt, this.crAt);
  }

  /** Reads a quoted field at `i`; returns the index of the character after it. */
  private quoted(text: string, i: number, n: number, final: boolean, cells: string[]): number {
    let value = '';
    let from = i + 1;
    for (;;) {
      const q = text.indexOf('"', from);
      if (q < 0) return final ? UNCLOSED : INCOMPLETE;
      if (q + 1 >= n && !final) return INCOMPLETE;
      if (text.charCodeAt(q + 1) === QUOTE) {
        value += text.slice(from, q + 1);
        from = q + 2;
        continue;
      }
      value += text.slice(from, q);
      let k = q + 1;
      while (k < n && text.charCodeAt(k) === SPACE) k++;
      if (k >= n && !final) return INCOMPLETE;
      if (k < n && !this.isEnd(text.charCodeAt(k))) {
        // Text after the closing quote: not a quoted field after all, so keep the whole field as written.
        k = this.fieldEnd(text, k, n);
        if (k >= n && !final) return INCOMPLETE;
        value = text.slice(i, k);
      }
      for (let p = value.indexOf('\n'); p >= 0; p = value.indexOf('\n', p + 1)) this.extraLines++;
      cells.push(value);
      return k;
    }
  }

  private isEnd(c: number): boolean {
    return c === this.delim || c === LF || c === CR;
  }
}

function orEnd(index: number, n: number): number {
  return index < 0 ? n : index;
}
