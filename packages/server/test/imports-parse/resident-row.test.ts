import { describe, expect, it } from 'vitest';
import { resolveMapping } from '../../src/modules/imports/parse/column-mapping';
import { parseResidentRow } from '../../src/modules/imports/parse/resident-row';
import type { RowContext } from '../../src/modules/imports/parse/row-reader';
import { cellsOf, REFERENCE_DATE, RESIDENT_HEADER, type Row, residentRow } from './fixtures';

const mapping = resolveMapping(RESIDENT_HEADER, 'residents');
if (!mapping.ok) throw new Error('default header must resolve');
const { indexOf } = mapping;
const ctx: RowContext = { referenceDate: REFERENCE_DATE };

function parse(overrides: Row = {}, context: RowContext = ctx) {
  return parseResidentRow(cellsOf(residentRow(overrides)), indexOf, 7, context);
}

function record(overrides: Row = {}, context: RowContext = ctx) {
  const result = parse(overrides, context);
  if (!result.ok) throw new Error(`unexpected issues: ${JSON.stringify(result.issues)}`);
  return result;
}

function _problems(overrides: Row, context: RowContext = ctx): [string | null, string][] {
  const result = parse(overrides, context);
  if (result.ok) throw new Error('expected the row to be rejected');
  return result.issues.map((i) => [i.column, i.code]);
}
describe('parseResidentRow: records', () => {
  it('turns a valid SIAK row into a ResidentRecord', () => {
    const { record: r, warnings } = record();
    expect(warnings).toEqual([]);
    expect(r).toEqual({
      nik: '1871011708900001',
      noKk: '1871010101090001',
      fullName: 'BUDI SANTOSO',
      sex: 'L',
      birthPlace: 'BANDAR LAMPUNG',
      birthDate: '1990-08-17',
      maritalStatus: 'KAWIN',
      citizenship: 'WNI',
      stayPermit: null,
      religion: 'ISLAM',
      occupation: 'WIRASWASTA',
      villageCode: '18.71.01.1001',
      address: 'JL. MERDEKA NO. 1',
      phone: '081234567890',
      lifeStatus: 'ALIVE',
      lifeStatusDate: null,
      recordingStatus: 'PRINT_READY_RECORD',
      recordingDate: '2015-03-02',
      recordingPlace: 'KECAMATAN TANJUNG KARANG PUSAT',
      printStatus: 'PRINTED',
      printedDate: '2016-01-02',
      handedOverDate: null,
      ikdActivatedDate: null,
    });
  });

  it('keeps names with apostrophes and accents as written, trimming the edges', () => {
    expect(record({ NAMA_LGKP: "  Ni Luh Putu O'Neil-Zoë  Ñusantara " }).record.fullName).toBe(
      "Ni Luh Putu O'Neil-Zoë Ñusantara",
    );
  });

  it('turns empty optional columns into null', () => {
    const { record: r } = record({
      AGAMA: '',
      PEKERJAAN: ' ',
      NO_HP: '',
      TGL_REKAM: '',
      TEMPAT_REKAM: '',
      TGL_CETAK: '',
    });
    expect(r).toMatchObject({
      religion: null,
      occupation: null,
      phone: null,
      recordingDate: null,
      recordingPlace: null,
    });
    expect(r.printStatus).toBe('NOT_PRINTED');
  });

  it('accepts a NIK and NO_KK written with separators, storing the digits', () => {
    expect(record({ NIK: '1871 0117 0890 0001', NO_KK: '1871.0101.0109.0001' }).record).toMatchObject({
      nik: '1871011708900001',
      noKk: '1871010101090001',
    });
  });

  it('derives the life status from the death and move-out dates', () => {
    expect(record({ TGL_MATI: '01-01-2024' }).record).toMatchObject({
      lifeStatus: 'DECEASED',
      lifeStatusDate: '2024-01-01',
    });
    expect(record({ TGL_PINDAH: '2023-06-30' }).record).toMatchObject({
      lifeStatus: 'MOVED_OUT',
      lifeStatusDate: '2023-06-30',
    });
    expect(record({ TGL_PINDAH: '2023-06-30', TGL_MATI: '2024-01-01' }).record.lifeStatus).toBe('DECEASED');
  });

  it('derives the print status from the print and handover dates, defaulting to not printed', () => {
    expect(record({ TGL_CETAK: '' }).record.printStatus).toBe('NOT_PRINTED');
    expect(record({ STATUS_CETAK: 'SUDAH DISERAHKAN', TGL_CETAK: '' }).record.printStatus).toBe(
      'HANDED_OVER',
    );
    expect(record({ TGL_SERAH: '2016-02-01' }).record.printStatus).toBe('HANDED_OVER');
    const raised = record({ STATUS_CETAK: 'BELUM CETAK' });
    expect(raised.record.printStatus).toBe('PRINTED');
    expect(raised.warnings.map((w) => [w.column, w.code])).toEqual([
      ['STATUS_CETAK', 'print_status_from_dates'],
    ]);
  });

  it('builds the village from split region columns when KODE_DESA is absent', () => {
    const header = [
      ...RESIDENT_HEADER.filter((h) => h !== 'KODE_DESA'),
      'NO_PROP',
      'NO_KAB',
      'NO_KEC',
      'NO_KEL',
    ];
    const split = resolveMapping(header, 'residents');
    if (!split.ok) throw new Error('split header must resolve');
    const cells = cellsOf(residentRow({ NO_PROP: '18', NO_KAB: '71', NO_KEC: '1', NO_KEL: '1001' }), header);
    const ok = parseResidentRow(cells, split.indexOf, 2, ctx);
    expect(ok.ok && ok.record.villageCode).toBe('18.71.01.1001');
    const bad = parseResidentRow(
      cellsOf(residentRow({ NO_PROP: '18', NO_KAB: '71', NO_KEC: 'X', NO_KEL: '1001' }), header),
      split.indexOf,
      2,
      ctx,
    );
    expect(bad.ok || bad.issues.map((i) => [i.column, i.code])).toEqual([['NO_KEC', 'invalid_village_code']]);
  });
});
