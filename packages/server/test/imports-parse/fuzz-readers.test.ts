import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { readRows } from '../../src/modules/imports/parse/read-rows';
import { csvText } from '../helpers/siak-csv';
import {
  inlineRow,
  SHEET_END,
  SHEET_START,
  SST_END,
  SST_START,
  sheetOf,
  xlsxOf,
  zipEntries,
} from '../helpers/zip-writer';

/**
 * Issue 9: whatever bytes arrive, the readers either give rows or throw ImportFormatError — never another
 * exception (which became a 500 or an unhandled stream error), never a hang. Mutations of small valid
 * files: byte flips, truncation, a corrupted zip entry, lying declared sizes, over-long cells, wide rows.
 * Fixed seed and a bounded number of runs, so the suite stays reproducible and a few seconds long.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'sigap-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = ['NIK', 'NAMA_LGKP', 'ALAMAT'];
const ROWS = Array.from({ length: 40 }, (_, i) => [
  `18710117059000${String(i).padStart(2, '0')}`,
  `NAMA ${i}`,
  'JL. A',
]);
const VALID_XLSX = xlsxOf(sheetOf([HEADER, ...ROWS]));
const VALID_CSV = Buffer.from(csvText(HEADER, ROWS));
const SHARED_XLSX = xlsxOf(
  Buffer.concat([
    SHEET_START,
    Buffer.from('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'),
    SHEET_END,
  ]),
  Buffer.concat([SST_START, Buffer.from('<si><t>NIK</t></si><si><t>NAMA</t></si>'), SST_END]),
);

let serial = 0;
/** Reads every row of `bytes` (as a file named `name`); resolves 'rows', 'refused' or throws what broke. */
async function outcome(bytes: Buffer, name: string): Promise<'rows' | 'refused'> {
  const file = path.join(dir, `${serial++}-${name}`);
  writeFileSync(file, bytes);
  const read = (async () => {
    try {
      for await (const _ of readRows({ path: file })) {
        // drain
      }
      return 'rows' as const;
    } catch (err) {
      if (err instanceof Error && err.name === 'ImportFormatError') return 'refused' as const;
      throw err;
    } finally {
      rmSync(file, { force: true });
    }
  })();
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`reading ${name} hung`)), 5000);
  });
  try {
    return await Promise.race([read, hang]);
  } finally {
    clearTimeout(timer);
  }
}

type Mutation = (b: Buffer) => Buffer;
const flips = fc
  .array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 8 })
  .map<Mutation>((edits) => (b) => {
    const out = Buffer.from(b);
    for (const [at, x] of edits) out[at % out.length] = (out[at % out.length] ?? 0) ^ x;
    return out;
  });
const truncation = fc
  .double({ min: 0, max: 1, noNaN: true })
  .map<Mutation>((f) => (b) => b.subarray(0, Math.floor(b.length * f)));
const mutation = fc.oneof(flips, truncation);

describe('import readers under fuzzing', () => {
  it('XLSX: flipped or truncated bytes give rows or an import format error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(VALID_XLSX, SHARED_XLSX), mutation, async (base, mutate) => {
        expect(['rows', 'refused']).toContain(await outcome(mutate(base), 'f.xlsx'));
      }),
      { seed: 20260901, numRuns: 120 },
    );
  });

  it('CSV: flipped or truncated bytes give rows or an import format error', async () => {
    await fc.assert(
      fc.asyncProperty(mutation, async (mutate) => {
        expect(['rows', 'refused']).toContain(await outcome(mutate(VALID_CSV), 'f.csv'));
      }),
      { seed: 20260902, numRuns: 120 },
    );
  });

  it('XLSX: lying declared sizes, corrupted entries, long cells and wide rows are refused or read', async () => {
    const part = fc.constantFrom('xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml', 'xl/workbook.xml');
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          declared: fc.option(fc.tuple(part, fc.constantFrom(0, 1, 0xffffffff, 2 ** 31, 100 * 1024 * 1024)), {
            nil: undefined,
          }),
          stored: fc.boolean(),
          cellChars: fc.constantFrom(10, 32_767, 32_768, 300_000),
          width: fc.constantFrom(3, 512, 513, 2000),
          corrupt: fc.option(fc.tuple(part, fc.nat()), { nil: undefined }),
        }),
        async ({ declared, stored, cellChars, width, corrupt }) => {
          const wide = Array.from({ length: width }, (_, i) => (i === 0 ? 'X'.repeat(cellChars) : `c${i}`));
          const sheet = Buffer.concat([
            SHEET_START,
            Buffer.from(inlineRow(1, HEADER) + inlineRow(2, wide)),
            SHEET_END,
          ]);
          const parts: Record<string, Buffer> = {
            'xl/workbook.xml': Buffer.from(
              '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="S" sheetId="1" r:id="rId1" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></sheets></workbook>',
            ),
            'xl/sharedStrings.xml': Buffer.concat([SST_START, SST_END]),
            'xl/worksheets/sheet1.xml': sheet,
          };
          if (corrupt) {
            const [name, at] = corrupt;
            const data = Buffer.from(parts[name] as Buffer);
            data[at % data.length] = 0x3c; // a stray '<' anywhere
            parts[name] = data;
          }
          const zip = zipEntries(
            Object.entries(parts).map(([name, data]) => ({
              name,
              data,
              method: stored ? 0 : 8,
              ...(declared && declared[0] === name ? { declaredSize: declared[1] } : {}),
            })),
          );
          const result = await outcome(zip, 'g.xlsx');
          if (cellChars > 32_767 || width > 512) expect(result).toBe('refused');
          else expect(['rows', 'refused']).toContain(result);
        },
      ),
      { seed: 20260903, numRuns: 80 },
    );
  });

  it('reads an XLSX that arrives as a stream (spooled to a private temporary file) like one on disk', async () => {
    const rows: string[][] = [];
    for await (const row of readRows({ stream: Readable.from([VALID_XLSX]), fileName: 'u.xlsx' }))
      rows.push(row.cells);
    expect(rows).toEqual([HEADER, ...ROWS]);
    const broken = readRows({ stream: Readable.from([VALID_XLSX.subarray(0, 300)]), fileName: 'u.xlsx' });
    await expect(broken.next()).rejects.toMatchObject({ name: 'ImportFormatError' });
  });

  it('CSV: long cells and wide rows are refused', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(32_768, 200_000, 2_000_000),
        fc.constantFrom(3, 513, 5000),
        async (chars, width) => {
          const row = Array.from({ length: width }, (_, i) => (i === 0 ? 'Y'.repeat(chars) : `c${i}`));
          expect(await outcome(Buffer.from(csvText(HEADER, [row])), 'h.csv')).toBe('refused');
        },
      ),
      { seed: 20260904, numRuns: 9 },
    );
  });
});
