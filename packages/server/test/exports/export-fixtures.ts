import { crc32, deflateSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { buildResident } from '../helpers/resident-factory';
import type { TestEnv } from '../helpers/test-env';
import { seedResidents } from '../residents/seed-residents';

/** Pemilu 2024: a Wednesday, so the Indonesian long date is "Rabu, 14 Februari 2024". */
export const DATE = '2024-02-14';

/** Residents across three districts of Kota Bandar Lampung, another regency and NTB, at every stage. */
export async function seedExportResidents(env: TestEnv): Promise<void> {
  const printed = {
    recordingStatus: 'PRINT_READY_RECORD',
    printStatus: 'PRINTED',
    printedDate: '2023-05-01',
  } as const;
  await seedResidents(env, [
    buildResident({ villageCode: '18.71.01.1003' }),
    buildResident({ villageCode: '18.71.01.1003', recordingStatus: 'BIO_CAPTURED' }),
    buildResident({ villageCode: '18.71.01.1003', recordingStatus: 'PRINT_READY_RECORD' }),
    buildResident({ villageCode: '18.71.01.1004', ...printed }),
    buildResident({
      villageCode: '18.71.02.1003',
      recordingStatus: 'PRINT_READY_RECORD',
      printStatus: 'HANDED_OVER',
      printedDate: '2023-05-01',
      handedOverDate: '2023-06-01',
      ikdActivatedDate: '2023-07-01',
    }),
    buildResident({ villageCode: '18.71.02.1003', recordingStatus: 'ENROLL_FAILURE_AT_CENTRAL' }),
    buildResident({ villageCode: '18.71.03.1001', birthDate: '2007-02-14' }),
    buildResident({ villageCode: '18.71.03.1001', birthDate: '2015-01-01' }),
    buildResident({ villageCode: '18.01.04.2001', recordingStatus: 'BIO_CAPTURED' }),
    buildResident({ villageCode: '52.01.01.1001' }),
  ]);
}

/** The first sheet of an XLSX file as exceljs reads it back. */
export async function readSheet(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = book.worksheets[0];
  if (!sheet) throw new Error('workbook has no sheet');
  return sheet;
}

/** The values of one row across the sheet's columns, an empty cell as null. */
export function rowValues(sheet: ExcelJS.Worksheet, n: number): ExcelJS.CellValue[] {
  const row = sheet.getRow(n);
  return Array.from({ length: sheet.columnCount }, (_, i) => row.getCell(i + 1).value ?? null);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A real grey PNG of exactly `size` bytes (≥ 200), padded with comment chunks. */
export function pngDataUrl(size: number): string {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(32, 0);
  ihdr.writeUInt32BE(32, 4);
  ihdr.set([8, 0, 0, 0, 0], 8);
  const raw = Buffer.alloc(32 * 33, 0x80);
  for (let y = 0; y < 32; y++) raw[y * 33] = 0;
  const parts = [
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(raw, { level: 0 })),
  ];
  const end = pngChunk('IEND', Buffer.alloc(0));
  // Padding in small comment chunks: pdfkit's PNG reader overflows its stack on one huge text chunk.
  let left = size - parts.reduce((n, p) => n + p.length, 0) - end.length;
  while (left > 0) {
    const payload = left - 12 > 8_000 + 12 ? 8_000 : left - 12;
    parts.push(pngChunk('tEXt', Buffer.alloc(payload, 0x61)));
    left -= payload + 12;
  }
  parts.push(end);
  return `data:image/png;base64,${Buffer.concat(parts).toString('base64')}`;
}

/** A valid 1×1 PNG that pdfkit can embed. */
export const TINY_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';

export const LAMPUNG_LETTERHEAD = {
  officeLines: ['PEMERINTAH PROVINSI LAMPUNG', 'DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL'],
  address: 'Jl. Basuki Rahmat No. 19, Teluk Betung Utara, Bandar Lampung 35214',
  phone: '(0721) 481107',
  email: 'disdukcapil@lampungprov.go.id',
  city: 'Bandar Lampung',
  signerTitle: 'Kepala Dinas Kependudukan dan Pencatatan Sipil Provinsi Lampung',
  signerName: 'Drs. UJI COBA, M.Si.',
  signerNip: '19700101 199503 1 001',
  logo: TINY_PNG,
};

/** The city office's own kop: a Kota Bandar Lampung report is signed by its own Kepala Dinas. */
export const BANDAR_LAMPUNG_LETTERHEAD = {
  officeLines: ['PEMERINTAH KOTA BANDAR LAMPUNG', 'DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL'],
  address: 'Jl. Dr. Susilo No. 2, Sumur Batu, Bandar Lampung',
  city: 'Bandar Lampung',
  signerTitle: 'Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Bandar Lampung',
  signerName: 'Ir. KOTA UJI, M.M.',
  signerNip: '19750202 200003 1 002',
};
