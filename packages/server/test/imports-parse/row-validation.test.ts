import { isWithinScope } from '@sigap/domain';
import { describe, expect, it } from 'vitest';
import { resolveMapping } from '../../src/modules/imports/parse/column-mapping';
import { parseResidentRow } from '../../src/modules/imports/parse/resident-row';
import type { RowContext } from '../../src/modules/imports/parse/row-reader';
import { parseStatusRow } from '../../src/modules/imports/parse/status-row';
import { cellsOf, REFERENCE_DATE, RESIDENT_HEADER, type Row, residentRow, womanNik } from './fixtures';

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

function problems(overrides: Row, context: RowContext = ctx): [string | null, string][] {
  const result = parse(overrides, context);
  if (result.ok) throw new Error('expected the row to be rejected');
  return result.issues.map((i) => [i.column, i.code]);
}
describe('parseResidentRow: issues', () => {
  it('reports every problem of a row, each with its column, not just the first', () => {
    const issues = problems({
      NIK: '18710117089',
      NO_KK: '12345',
      NAMA_LGKP: ' ',
      JENIS_KLMIN: 'X',
      TGL_LHR: '31-02-1990',
      STAT_KWN: 'DUDA',
      KEWARGANEGARAAN: 'WNX',
      IZIN_TINGGAL: 'VISA',
      KODE_DESA: '18.71',
      ALAMAT: '',
      STATUS_REKAM: 'SUDAH REKAM',
      STATUS_CETAK: 'RUSAK',
      TGL_MATI: 'kemarin',
    });
    expect(issues).toEqual([
      ['NIK', 'nik_length'],
      ['NO_KK', 'invalid_no_kk'],
      ['NAMA_LGKP', 'required_missing'],
      ['JENIS_KLMIN', 'invalid_sex'],
      ['TGL_LHR', 'invalid_date'],
      ['STAT_KWN', 'invalid_marital_status'],
      ['KEWARGANEGARAAN', 'invalid_citizenship'],
      ['IZIN_TINGGAL', 'invalid_stay_permit'],
      ['KODE_DESA', 'invalid_village_code'],
      ['ALAMAT', 'required_missing'],
      ['STATUS_REKAM', 'invalid_recording_status'],
      ['STATUS_CETAK', 'invalid_print_status'],
      ['TGL_MATI', 'invalid_date'],
    ]);
  });

  it('gives each issue its line and bilingual messages, echoing the bad value', () => {
    const result = parse({ TGL_LHR: '29-02-2023' });
    expect(result.ok || result.issues).toEqual([
      {
        line: 7,
        column: 'TGL_LHR',
        code: 'invalid_date',
        params: ['29-02-2023'],
        message:
          'Tanggal "29-02-2023" tidak valid (gunakan DD-MM-YYYY atau YYYY-MM-DD, dan tanggal harus ada di kalender).',
        messageEn: 'Date "29-02-2023" is not valid (use DD-MM-YYYY or YYYY-MM-DD, and the day must exist).',
      },
    ]);
  });

  it('passes the domain NIK errors through with the NIK column', () => {
    expect(problems({ NIK: '1871011708900000' })).toEqual([['NIK', 'nik_serial_zero']]);
    expect(problems({ NIK: '9971011708900001' })).toEqual([['NIK', 'nik_unknown_province']]);
    expect(problems({ NIK: '18710117089A0001' })).toEqual([['NIK', 'nik_not_digits']]);
    expect(problems({ NIK: '' })).toEqual([['NIK', 'required_missing']]);
  });

  it('flags, but keeps, a row whose NIK disagrees with its birth date or sex', () => {
    const { warnings, record: r } = record({ TGL_LHR: '18-08-1990', JENIS_KLMIN: 'P' });
    expect(r.birthDate).toBe('1990-08-18');
    expect(warnings.map((w) => [w.column, w.code])).toEqual([
      ['NIK', 'nik_birth_date_mismatch'],
      ['NIK', 'nik_sex_mismatch'],
    ]);
    expect(record({ NIK: womanNik('1990-08-17'), JENIS_KLMIN: 'PEREMPUAN' }).warnings).toEqual([]);
  });

  it('keeps a NIK whose district no longer exists, with a warning', () => {
    const { warnings } = record({}, { ...ctx, knownDistricts: new Set(['18.71.02']) });
    expect(warnings.map((w) => w.code)).toEqual(['nik_unknown_region']);
  });

  it('rejects dates after the reference date and dates out of order', () => {
    expect(problems({ TGL_LHR: '15-02-2024', NIK: '1871011502240001' })).toEqual([
      ['TGL_LHR', 'date_in_future'],
    ]);
    expect(problems({ TGL_MATI: '2024-03-01' })).toEqual([['TGL_MATI', 'date_in_future']]);
    expect(problems({ TGL_REKAM: '2016-03-02', TGL_CETAK: '2016-01-02' })).toEqual([
      ['TGL_CETAK', 'date_order'],
    ]);
    expect(problems({ TGL_SERAH: '2015-12-31' })).toEqual([['TGL_SERAH', 'date_order']]);
    expect(problems({ TGL_REKAM: '1989-01-01', TGL_CETAK: '' })).toEqual([['TGL_REKAM', 'date_order']]);
    expect(problems({ TGL_MATI: '1980-01-01' })).toEqual([['TGL_MATI', 'date_order']]);
  });

  it('requires a stay permit of a foreigner and drops one given to a citizen', () => {
    expect(problems({ KEWARGANEGARAAN: 'WNA' })).toEqual([['IZIN_TINGGAL', 'permit_required']]);
    expect(record({ KEWARGANEGARAAN: 'WNA', IZIN_TINGGAL: 'ITAP' }).record.stayPermit).toBe('KITAP');
    const citizen = record({ IZIN_TINGGAL: 'KITAS' });
    expect(citizen.record.stayPermit).toBeNull();
    expect(citizen.warnings.map((w) => w.code)).toEqual(['permit_ignored']);
  });

  it('checks the village exists and lies inside the user’s scope', () => {
    const known = new Set(['18.71.01.1001']);
    expect(record({}, { ...ctx, knownVillages: known }).record.villageCode).toBe('18.71.01.1001');
    expect(problems({ KODE_DESA: '1871011002' }, { ...ctx, knownVillages: known })).toEqual([
      ['KODE_DESA', 'unknown_village'],
    ]);
    const metro = { ...ctx, inScope: (code: string) => isWithinScope('18.72', code) };
    expect(problems({}, metro)).toEqual([['KODE_DESA', 'out_of_scope']]);
    expect(problems({ KODE_DESA: '' })).toEqual([['KODE_DESA', 'required_missing']]);
  });
});

describe('parseStatusRow', () => {
  const status = resolveMapping(['NIK', 'STATUS_REKAM', 'TGL_REKAM', 'TEMPAT_REKAM'], 'status');
  if (!status.ok) throw new Error('status header must resolve');

  it('reads a status update', () => {
    const result = parseStatusRow(
      ['1871011708900001', 'bio_captured', '14/02/2024', 'UPT'],
      status.indexOf,
      2,
      ctx,
    );
    expect(result).toEqual({
      ok: true,
      record: {
        nik: '1871011708900001',
        recordingStatus: 'BIO_CAPTURED',
        recordingDate: '2024-02-14',
        recordingPlace: 'UPT',
      },
      warnings: [],
    });
  });

  it('reports every problem of a status row', () => {
    const result = parseStatusRow(['123', 'DONE', '30-02-2024', ''], status.indexOf, 9, ctx);
    expect(result.ok || result.issues.map((i) => [i.line, i.column, i.code])).toEqual([
      [9, 'NIK', 'nik_length'],
      [9, 'STATUS_REKAM', 'invalid_recording_status'],
      [9, 'TGL_REKAM', 'invalid_date'],
    ]);
  });
});
