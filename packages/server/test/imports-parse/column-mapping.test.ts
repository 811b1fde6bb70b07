import { ColumnMappingInput } from '@sigap/contracts';
import { SIAK_RESIDENT_COLUMNS } from '@sigap/domain';
import { describe, expect, it } from 'vitest';
import {
  COLUMN_ALIASES,
  headerKey,
  RESIDENT_TARGETS,
  TARGET_BY_KEY,
  TPS_ALIASES,
} from '../../src/modules/imports/parse/column-aliases';
import { resolveMapping } from '../../src/modules/imports/parse/column-mapping';
import { RESIDENT_HEADER } from './fixtures';

function resolved(header: string[], ...rest: [] | [Parameters<typeof resolveMapping>[2]]) {
  const result = resolveMapping(header, 'residents', ...rest);
  if (!result.ok) throw new Error(`unexpected mapping errors: ${JSON.stringify(result.errors)}`);
  return result;
}

describe('resolveMapping', () => {
  it('maps the default SIAK header one to one, leaving the split region columns unmapped', () => {
    const { indexOf, headers } = resolved(RESIDENT_HEADER);
    for (const [i, name] of RESIDENT_HEADER.entries()) expect(indexOf[name as keyof typeof indexOf]).toBe(i);
    expect(indexOf.NO_PROP).toBeUndefined();
    expect(headers.NAMA_LGKP).toBe('NAMA_LGKP');
  });

  it('matches common aliases, ignoring case, spaces, underscores and dots', () => {
    const header = [
      'nik',
      'No. KK',
      'Nama Lengkap',
      'JK',
      'Tempat_Lahir',
      'Tgl. Lahir',
      'STATUS_KAWIN',
      'KWN',
      'kode desa',
      'Alamat',
      'Status Rekam',
      'Keterangan',
    ];
    const { indexOf } = resolved(header);
    expect(indexOf).toMatchObject({
      NIK: 0,
      NO_KK: 1,
      NAMA_LGKP: 2,
      JENIS_KLMIN: 3,
      TMPT_LHR: 4,
      TGL_LHR: 5,
      STAT_KWN: 6,
      KEWARGANEGARAAN: 7,
      KODE_DESA: 8,
      ALAMAT: 9,
      STATUS_REKAM: 10,
      TGL_MATI: undefined,
    });
    expect(
      resolved([
        'NIK',
        'NO_KK',
        'NAMA',
        'JENIS_KELAMIN',
        'TEMPAT_LAHIR',
        'TANGGAL_LAHIR',
        'STAT_KWN',
        'KEWARGANEGARAAN',
        'KODE_DESA',
        'ALAMAT',
        'STATUS_REKAM',
      ]).indexOf,
    ).toMatchObject({ NAMA_LGKP: 2, JENIS_KLMIN: 3, TMPT_LHR: 4, TGL_LHR: 5 });
  });

  it('prefers the column carrying the target’s own name over an alias', () => {
    const header = [...RESIDENT_HEADER, 'NAMA'];
    expect(resolved(header).indexOf.NAMA_LGKP).toBe(RESIDENT_HEADER.indexOf('NAMA_LGKP'));
  });

  it('accepts NO_PROP/NO_KAB/NO_KEC/NO_KEL instead of KODE_DESA', () => {
    const header = RESIDENT_HEADER.flatMap((h) =>
      h === 'KODE_DESA' ? ['NO_PROP', 'NO_KAB', 'NO_KEC', 'NO_KEL'] : [h],
    );
    const { indexOf } = resolved(header);
    expect(indexOf.KODE_DESA).toBeUndefined();
    expect([indexOf.NO_PROP, indexOf.NO_KAB, indexOf.NO_KEC, indexOf.NO_KEL]).toEqual([9, 10, 11, 12]);
  });

  it('names every missing required column, in both languages, and the missing split columns', () => {
    const header = RESIDENT_HEADER.filter((h) => !['NIK', 'TGL_LHR', 'KODE_DESA'].includes(h)).concat(
      'NO_PROP',
      'NO_KAB',
    );
    const result = resolveMapping(header, 'residents');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.code, e.column])).toEqual([
      ['missing_column', 'NIK'],
      ['missing_column', 'TGL_LHR'],
      ['missing_column', 'KODE_DESA'],
    ]);
    expect(result.errors[0]).toMatchObject({
      message: 'Kolom wajib NIK tidak ada di berkas.',
      messageEn: 'Required column NIK is not in the file.',
    });
    expect(result.errors[2]?.messageEn).toContain('NO_KEC, NO_KEL');
  });

  it('applies a custom mapping from other header names, which wins over automatic matching', () => {
    const header = [
      'Nomor Induk',
      'Nomor KK',
      'Nama Penduduk',
      'Kelamin',
      'Lahir Di',
      'Lahir Tgl',
      'Kawin',
      'WN',
      'Desa',
      'Jalan',
      'Rekam',
      'NIK',
    ];
    const mapping = {
      NIK: 'Nomor Induk',
      NO_KK: 'Nomor KK',
      NAMA_LGKP: 'Nama Penduduk',
      TMPT_LHR: 'Lahir Di',
      TGL_LHR: 'lahir tgl',
      STAT_KWN: 'Kawin',
      KODE_DESA: 'Desa',
      ALAMAT: 'Jalan',
      STATUS_REKAM: 'Rekam',
    };
    const { indexOf, headers } = resolved(header, mapping);
    expect(indexOf).toMatchObject({
      NIK: 0,
      NO_KK: 1,
      NAMA_LGKP: 2,
      JENIS_KLMIN: 3,
      TGL_LHR: 5,
      KEWARGANEGARAAN: 7,
      KODE_DESA: 8,
    });
    expect(headers.TGL_LHR).toBe('Lahir Tgl');
  });

  it('reports a chosen header that is absent, a column chosen twice and ambiguous duplicates', () => {
    const notFound = resolveMapping(RESIDENT_HEADER, 'residents', { NAMA_LGKP: 'Nama Penduduk' });
    expect(notFound.ok || notFound.errors.map((e) => [e.code, e.column, e.header])).toEqual([
      ['header_not_found', 'NAMA_LGKP', 'Nama Penduduk'],
    ]);
    const reused = resolveMapping(RESIDENT_HEADER, 'residents', { TMPT_LHR: 'ALAMAT', ALAMAT: 'ALAMAT' });
    expect(reused.ok || reused.errors.map((e) => [e.code, e.column])).toEqual([['header_reused', 'ALAMAT']]);
    const twice = resolveMapping([...RESIDENT_HEADER, 'nik'], 'residents');
    expect(twice.ok || twice.errors.map((e) => [e.code, e.column])).toEqual([['ambiguous_header', 'NIK']]);
  });

  it('leaves an optional target unmapped when the mapping says null, but not a required one', () => {
    expect(resolved(RESIDENT_HEADER, { TGL_MATI: null }).indexOf.TGL_MATI).toBeUndefined();
    const result = resolveMapping(RESIDENT_HEADER, 'residents', { NIK: null });
    expect(result.ok || result.errors.map((e) => e.code)).toEqual(['missing_column']);
  });

  it('resolves a status extract against its own four columns', () => {
    const result = resolveMapping(['NIK', 'STATUS_REKAM', 'Tanggal Rekam', 'NAMA'], 'status');
    expect(result).toEqual({
      ok: true,
      indexOf: { NIK: 0, STATUS_REKAM: 1, TGL_REKAM: 2, TEMPAT_REKAM: undefined },
      headers: { NIK: 'NIK', STATUS_REKAM: 'STATUS_REKAM', TGL_REKAM: 'Tanggal Rekam' },
    });
    const missing = resolveMapping(['NIK', 'TGL_REKAM'], 'status');
    expect(missing.ok || missing.errors.map((e) => e.column)).toEqual(['STATUS_REKAM']);
  });
});

describe('column aliases', () => {
  it('give every name to exactly one target', () => {
    // The voter roll's polling-station column (TPS) shares the table; no resident target may claim its names.
    const names = [...RESIDENT_TARGETS.flatMap((t) => [t, ...COLUMN_ALIASES[t]]), 'TPS', ...TPS_ALIASES].map(
      headerKey,
    );
    expect(new Set(names).size).toBe(names.length);
    expect(TARGET_BY_KEY.size).toBe(names.length);
  });

  it('cover every SIAK column', () => {
    for (const { name } of SIAK_RESIDENT_COLUMNS)
      expect(TARGET_BY_KEY.get(headerKey(name))?.target).toBe(name);
  });
});

describe('ColumnMappingInput', () => {
  it('accepts target → header (or null) and trims header names', () => {
    expect(ColumnMappingInput.parse({ NAMA_LGKP: ' Nama Penduduk ', TGL_MATI: null })).toEqual({
      NAMA_LGKP: 'Nama Penduduk',
      TGL_MATI: null,
    });
  });

  it('refuses unknown targets, empty header names and non-strings', () => {
    expect(ColumnMappingInput.safeParse({ NAMA: 'Nama' }).success).toBe(false);
    expect(ColumnMappingInput.safeParse({ NIK: '  ' }).success).toBe(false);
    expect(ColumnMappingInput.safeParse({ NIK: 3 }).success).toBe(false);
  });
});
