import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvTokenizer, MAX_RECORD_CHARS } from '../../src/modules/imports/parse/csv-tokenizer';
import type { SourceRow } from '../../src/modules/imports/parse/import-source';

/** Tokenizes `text` fed in pieces of `size` characters (whole when omitted). */
function tokenize(text: string, delimiter = ',', size = text.length || 1): SourceRow[] {
  const tokenizer = new CsvTokenizer(delimiter);
  const rows: SourceRow[] = [];
  for (let i = 0; i < text.length; i += size) rows.push(...tokenizer.push(text.slice(i, i + size)));
  rows.push(...tokenizer.end());
  return rows;
}

const cellsOf = (rows: SourceRow[]) => rows.map((r) => r.cells);
const linesOf = (rows: SourceRow[]) => rows.map((r) => r.line);

describe('CsvTokenizer', () => {
  it('splits plain and quoted fields, with escaped quotes and delimiters inside quotes', () => {
    const rows = tokenize('a,b,c\n"x, y","say ""hi""",z\n');
    expect(cellsOf(rows)).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'z'],
    ]);
  });

  it('accepts LF, CRLF and a lone CR as line ends, and a last line without one', () => {
    expect(cellsOf(tokenize('a,b\r\nc,d\re,f\ng,h'))).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h'],
    ]);
  });

  it('numbers lines where each record starts, counting newlines inside quoted fields (LF and CRLF)', () => {
    for (const eol of ['\n', '\r\n']) {
      const text = [
        'h1,h2',
        '"multi',
        'line",x',
        '',
        'after,blank',
        '"three',
        'line',
        'field",y',
        'last,z',
      ].join(eol);
      const rows = tokenize(text);
      expect(linesOf(rows)).toEqual([1, 2, 4, 5, 6, 9]);
      expect(rows[1]?.cells).toEqual([`multi${eol}line`, 'x']);
      expect(rows[2]?.cells).toEqual(['']);
    }
  });

  it('gives the same records and lines however the text is cut into chunks', () => {
    const text = 'NIK;NAMA\r\n1;"O\'Neil; ""Ucok"""\r\n\r\n2;"baris\r\nkedua"\r\n3;Zoë\r';
    const whole = tokenize(text, ';');
    for (const size of [1, 2, 3, 5, 7, 16]) expect(tokenize(text, ';', size)).toEqual(whole);
    expect(cellsOf(whole)).toEqual([
      ['NIK', 'NAMA'],
      ['1', 'O\'Neil; "Ucok"'],
      [''],
      ['2', 'baris\r\nkedua'],
      ['3', 'Zoë'],
    ]);
  });

  it('keeps quotes inside an unquoted field, and a field with text after its closing quote, as written', () => {
    expect(cellsOf(tokenize('Ahmad "Udin" S,x\n"e"f,g\n"a" ,b\n'))).toEqual([
      ['Ahmad "Udin" S', 'x'],
      ['"e"f', 'g'],
      ['a', 'b'],
    ]);
  });

  it('keeps a trailing delimiter as an empty last field and reads tab-separated text', () => {
    expect(cellsOf(tokenize('a,b,\n'))).toEqual([['a', 'b', '']]);
    expect(cellsOf(tokenize('a\tb c\t"d\te"\n', '\t'))).toEqual([['a', 'b c', 'd\te']]);
  });

  it('reports a quote never closed as one unreadable record at the line it starts', () => {
    const rows = tokenize('a,b\nc,"never closed\nd,e\n');
    expect(rows).toEqual([
      { line: 1, cells: ['a', 'b'], text: 'a,b\n' },
      { line: 2, cells: ['c'], problem: 'unclosed_quote' },
    ]);
  });

  it('keeps each record as written, line ends and quotes included, however the text is cut', () => {
    const text = 'a,"b\r\nc",d\r\n"x ""y""",z\re,f\ng,h';
    for (const size of [1, 2, 3, 5, text.length]) {
      const rows = tokenize(text, ',', size);
      expect(rows.map((r) => r.text)).toEqual(['a,"b\r\nc",d\r\n', '"x ""y""",z\r', 'e,f\n', 'g,h']);
    }
  });

  it('refuses a record that grows past the size limit instead of buffering the whole file', () => {
    const tokenizer = new CsvTokenizer(',');
    tokenizer.push('a,"');
    const chunk = 'x'.repeat(64 * 1024);
    expect(() => {
      for (let size = 0; size <= MAX_RECORD_CHARS; size += chunk.length) tokenizer.push(chunk);
    }).toThrow(expect.objectContaining({ id: 'import_unreadable_file' }));
  });

  it('round-trips anything csv-stringify writes like csv-parse reads it, with exact lines, for any chunking', () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom('', ' ', '"', '""', ',', ';', '\n', '\r\n', 'a"b', 'x\ny', 'Zoë', "O'Neil"),
    );
    const records = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(
        records,
        fc.constantFrom(',', ';'),
        fc.constantFrom('\n', '\r\n'),
        fc.integer({ min: 1, max: 40 }),
        (recs, delimiter, eol, size) => {
          // With CRLF records csv-stringify leaves a bare LF unquoted; every editor would split it, so quote it.
          const record_delimiter = eol === '\n' ? 'unix' : 'windows';
          const text = stringify(recs, { delimiter, record_delimiter, quoted_match: /[\r\n]/ });
          const rows = tokenize(text, delimiter, size);
          // csv-stringify writes a lone empty field as an empty line, which reads back as one empty cell.
          expect(cellsOf(rows)).toEqual(recs.map((r) => (r.length === 1 && r[0] === '' ? [''] : r)));
          // And the same records as csv-parse, the reference implementation it replaces on the hot path.
          const reference: string[][] = parse(text, {
            delimiter,
            relax_column_count: true,
            skip_empty_lines: false,
          });
          expect(cellsOf(rows)).toEqual(reference);
          let line = 1;
          recs.forEach((rec, i) => {
            expect(rows[i]?.line).toBe(line);
            line += 1 + rec.join('').split('\n').length - 1;
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
