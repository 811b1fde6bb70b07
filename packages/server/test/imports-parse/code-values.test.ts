import { RECORDING_STATUSES } from '@sigap/domain';
import { describe, expect, it } from 'vitest';
import {
  parseCitizenship,
  parseMaritalStatus,
  parsePrintStatus,
  parseRecordingStatus,
  parseSex,
  parseStayPermit,
} from '../../src/modules/imports/parse/code-values';
import { villageCodeFrom, villageCodeFromParts } from '../../src/modules/imports/parse/village-code';

function expectAll<T>(parse: (raw: string) => T | undefined, table: Record<string, T | undefined>) {
  for (const [raw, want] of Object.entries(table)) expect([raw, parse(raw)]).toEqual([raw, want]);
}
describe('parseSex', () => {
  it('reads every spelling offices use, in any case', () => {
    expectAll(parseSex, {
      'LAKI-LAKI': 'L',
      'laki-laki': 'L',
      'Laki Laki': 'L',
      LAKI_LAKI: 'L',
      L: 'L',
      l: 'L',
      LK: 'L',
      Lk: 'L',
      PRIA: 'L',
      '1': 'L',
      PEREMPUAN: 'P',
      perempuan: 'P',
      P: 'P',
      PR: 'P',
      pr: 'P',
      WANITA: 'P',
      '2': 'P',
    });
  });

  it('refuses anything else', () => {
    expectAll(parseSex, {
      '': undefined,
      X: undefined,
      '3': undefined,
      LP: undefined,
      'L/P': undefined,
      MALE: undefined,
    });
  });
});

describe('parseMaritalStatus', () => {
  it('reads labels with spaces or underscores, abbreviations and SIAK codes 1–4', () => {
    expectAll(parseMaritalStatus, {
      'BELUM KAWIN': 'BELUM_KAWIN',
      BELUM_KAWIN: 'BELUM_KAWIN',
      'belum kawin': 'BELUM_KAWIN',
      B: 'BELUM_KAWIN',
      '1': 'BELUM_KAWIN',
      KAWIN: 'KAWIN',
      Kawin: 'KAWIN',
      K: 'KAWIN',
      'KAWIN TERCATAT': 'KAWIN',
      'KAWIN BELUM TERCATAT': 'KAWIN',
      '2': 'KAWIN',
      'CERAI HIDUP': 'CERAI_HIDUP',
      CERAI_HIDUP: 'CERAI_HIDUP',
      CH: 'CERAI_HIDUP',
      '3': 'CERAI_HIDUP',
      'CERAI MATI': 'CERAI_MATI',
      cerai_mati: 'CERAI_MATI',
      CM: 'CERAI_MATI',
      '4': 'CERAI_MATI',
    });
    expectAll(parseMaritalStatus, { '': undefined, '5': undefined, CERAI: undefined, JANDA: undefined });
  });
});

describe('citizenship and stay permit', () => {
  it('reads WNI/WNA and the permits, normalising ITAP/ITAS', () => {
    expectAll(parseCitizenship, {
      WNI: 'WNI',
      wni: 'WNI',
      WNA: 'WNA',
      'Warga Negara Asing': 'WNA',
      ASING: undefined,
    });
    expectAll(parseStayPermit, {
      KITAP: 'KITAP',
      ITAP: 'KITAP',
      kitas: 'KITAS',
      ITAS: 'KITAS',
      VISA: undefined,
    });
  });
});

describe('parseRecordingStatus', () => {
  it('accepts exactly the SIAK codes, forgiving only case and surrounding spaces', () => {
    for (const code of RECORDING_STATUSES) {
      expect(parseRecordingStatus(code)).toBe(code);
      expect(parseRecordingStatus(` ${code.toLowerCase()} `)).toBe(code);
    }
    expectAll(parseRecordingStatus, {
      'PRINT READY RECORD': undefined,
      PRR: undefined,
      'SUDAH REKAM': undefined,
      PRINT_READY: undefined,
      '': undefined,
    });
  });
});

describe('parsePrintStatus', () => {
  it('reads the codes and their Indonesian labels', () => {
    expectAll(parsePrintStatus, {
      NOT_PRINTED: 'NOT_PRINTED',
      'BELUM CETAK': 'NOT_PRINTED',
      PRINTED: 'PRINTED',
      'Sudah Cetak': 'PRINTED',
      HANDED_OVER: 'HANDED_OVER',
      'SUDAH DISERAHKAN': 'HANDED_OVER',
      RUSAK: undefined,
    });
  });
});

describe('village codes', () => {
  it('reads dotted and bare 10-digit KODE_DESA, refusing other region levels', () => {
    expectAll(villageCodeFrom, {
      '18.71.01.1001': '18.71.01.1001',
      '1871011001': '18.71.01.1001',
      ' 18.71.01.1001 ': '18.71.01.1001',
      '18 71 01 1001': '18.71.01.1001',
      '18.71.01': undefined,
      '187101100': undefined,
      '18.71.01.100a': undefined,
      'DESA SUKAMAJU': undefined,
    });
  });

  it('builds the code from split NO_PROP/NO_KAB/NO_KEC/NO_KEL, zero-padding numbers', () => {
    expect(villageCodeFromParts(['18', '71', '1', '1001'])).toEqual({ code: '18.71.01.1001' });
    expect(villageCodeFromParts(['18', '1', '01', '2'])).toEqual({ code: '18.01.01.0002' });
    expect(villageCodeFromParts(['18', '71', '1.0', '1001'])).toEqual({ code: '18.71.01.1001' });
    expect(villageCodeFromParts(['18', '710', '1', '1001'])).toEqual({ badPart: 1 });
    expect(villageCodeFromParts(['18', '71', '0', '1001'])).toEqual({ badPart: 2 });
    expect(villageCodeFromParts(['18', '71', '01', ''])).toEqual({ badPart: 3 });
  });
});
