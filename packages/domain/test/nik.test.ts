import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../src/dates';
import {
  buildNik,
  checkNikAgainstRecord,
  maskNik,
  NIK_ISSUE_CODES,
  type NikIssueCode,
  normaliseNik,
  PROVINCE_CODES,
  parseNik,
  type Sex,
  validateNik,
} from '../src/nik';

const REF = '2024-06-15';
const codes = (input: string, referenceDate = REF): NikIssueCode[] => {
  const r = validateNik(input, { referenceDate });
  return r.ok ? r.warnings.map((w) => w.code) : r.errors.map((e) => e.code);
};

describe('normaliseNik', () => {
  it.each([
    ['1871 0112 0399 0001', '1871011203990001'],
    ['18.71.01.120399.0001', '1871011203990001'],
    ['1871-0112-0399-0001', '1871011203990001'],
    ['\t1871011203990001 \n', '1871011203990001'],
    ['1871–0112—0399\u00a00001', '1871011203990001'],
    ['18a7', '18a7'],
  ])('%j → %s', (input, expected) => expect(normaliseNik(input)).toBe(expected));
});

describe('validateNik: accepted NIKs and the birth date they carry', () => {
  it.each([
    ['1871011203990001', REF, '1999-03-12', 'L'],
    ['1871015203990001', REF, '1999-03-12', 'P'], // women: day + 40
    ['1871014103990001', REF, '1999-03-01', 'P'], // 41 → 1st
    ['1871017103990001', REF, '1999-03-31', 'P'], // 71 → 31st
    ['1871013103990001', REF, '1999-03-31', 'L'],
    ['1871 0112 0399 0001', REF, '1999-03-12', 'L'],
    ['18.71.01-120399-0001', REF, '1999-03-12', 'L'],
    ['1871012902240001', REF, '2024-02-29', 'L'], // leap year, this century
    ['1871016902240001', REF, '2024-02-29', 'P'],
    ['1871012902960001', REF, '1996-02-29', 'L'], // leap year, last century
    ['1871012902000001', REF, '2000-02-29', 'L'], // 2000 is a leap year
    ['1871011506240001', REF, '2024-06-15', 'L'], // born on the reference date: this century
    ['1871011606240001', REF, '1924-06-16', 'L'], // same YY, later in the year: previous century
    ['1871015606240001', REF, '1924-06-16', 'P'],
    ['1871010101250001', REF, '1925-01-01', 'L'],
    ['1871013112230001', REF, '2023-12-31', 'L'],
    ['1871010101000001', REF, '2000-01-01', 'L'],
    ['1871013112990001', '2000-01-01', '1999-12-31', 'L'],
    ['1871010101000001', '2000-01-01', '2000-01-01', 'L'],
    ['1871011203999999', REF, '1999-03-12', 'L'], // highest serial
  ])('%s (reference %s) → %s %s', (nik, referenceDate, birthDate, sex) => {
    const r = validateNik(nik, { referenceDate });
    expect(r).toMatchObject({ ok: true, nik: normaliseNik(nik), warnings: [], parsed: { birthDate, sex } });
  });
});

describe('validateNik: rejected NIKs', () => {
  it.each<[string, string, NikIssueCode[]]>([
    ['187101120399001', REF, ['nik_length']],
    ['18710112039900011', REF, ['nik_length']],
    ['', REF, ['nik_length']],
    ['18710112039900A1', REF, ['nik_not_digits']],
    ['18710A', REF, ['nik_not_digits', 'nik_length']],
    ['1871011203990000', REF, ['nik_serial_zero']],
    ['1071011203990001', REF, ['nik_unknown_province']],
    ['2071011203990001', REF, ['nik_unknown_province']],
    ['3771011203990001', REF, ['nik_unknown_province']],
    ['9771011203990001', REF, ['nik_unknown_province']],
    ['0071011203990001', REF, ['nik_unknown_province']],
    ['1871010003990001', REF, ['nik_invalid_birth_date']], // day 00
    ['1871013203990001', REF, ['nik_invalid_birth_date']], // day 32
    ['1871014003990001', REF, ['nik_invalid_birth_date']], // day 40 (a woman's 0th)
    ['1871017203990001', REF, ['nik_invalid_birth_date']], // day 72
    ['1871011200990001', REF, ['nik_invalid_birth_date']], // month 00
    ['1871011213990001', REF, ['nik_invalid_birth_date']], // month 13
    ['1871013002990001', REF, ['nik_invalid_birth_date']], // 30 Feb
    ['1871013104990001', REF, ['nik_invalid_birth_date']], // 31 Apr
    ['1871017104990001', REF, ['nik_invalid_birth_date']], // a woman's 31 Apr
    ['1871012902230001', REF, ['nik_invalid_birth_date']], // 2023 and 1923 are not leap years
    ['1871016902230001', REF, ['nik_invalid_birth_date']],
    ['1871012902970001', REF, ['nik_invalid_birth_date']],
    ['1871012902000001', '1999-12-31', ['nik_invalid_birth_date']], // 2000 is future, 1900 not leap
    ['1071013002990000', REF, ['nik_unknown_province', 'nik_invalid_birth_date', 'nik_serial_zero']],
  ])('%j (reference %s) → %j', (nik, referenceDate, expected) => {
    const r = validateNik(nik, { referenceDate });
    expect(r.ok).toBe(false);
    expect(codes(nik, referenceDate)).toEqual(expected);
  });

  it('gives every issue a stable code and a message in both languages', () => {
    const r = validateNik('1071013002990000', { referenceDate: REF });
    for (const e of r.ok ? [] : r.errors) {
      expect(e.code).toMatch(/^nik_[a-z_]+$/);
      expect(e.message.length).toBeGreaterThan(10);
      expect(e.messageEn.length).toBeGreaterThan(10);
    }
    expect(NIK_ISSUE_CODES).toHaveLength(8);
  });

  it('throws on a reference date that is not a real date', () => {
    expect(() => validateNik('1871011203990001', { referenceDate: '2023-02-29' })).toThrow(RangeError);
  });
});

describe('validateNik: provinces and regions', () => {
  it('knows exactly the 38 province codes of idn-area-data', () => {
    // The region CSVs vendored from idn-area-data live with the server, which loads them.
    const csv = readFileSync(new URL('../../server/assets/regions/provinces.csv', import.meta.url), 'utf8');
    const fromData = csv
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(',')[0]);
    expect([...PROVINCE_CODES].sort()).toEqual(fromData.sort());
    expect(PROVINCE_CODES.size).toBe(38);
  });

  it('accepts a caller-supplied province list', () => {
    const knownProvinces = new Set(['52']);
    expect(validateNik('1871011203990001', { referenceDate: REF, knownProvinces }).ok).toBe(false);
    expect(validateNik('5271011203990001', { referenceDate: REF, knownProvinces }).ok).toBe(true);
  });

  it.each([
    ['1871011203990001', new Set(['18.71.01']), []],
    ['1871011203990001', new Set(['187101']), []], // undotted lists work too
    ['1871021203990001', new Set(['18.71.01']), ['nik_unknown_region']], // a split or renamed district
    ['1800011203990001', undefined, ['nik_unknown_region']], // regency 00 never exists
    ['1871001203990001', undefined, ['nik_unknown_region']], // district 00 never exists
    ['1899991203990001', undefined, []], // without a list, any other code is taken on trust
  ])('%s with districts %j warns %j but stays valid', (nik, knownDistricts, expected) => {
    const r = validateNik(nik, { referenceDate: REF, knownDistricts });
    expect(r.ok).toBe(true);
    expect(r.ok && r.warnings.map((w) => w.code)).toEqual(expected);
    if (r.ok && r.warnings[0]) expect(r.warnings[0].message).toContain(r.parsed.districtCode);
  });
});

describe('parseNik', () => {
  it('decodes dotted region codes, birth date, sex and serial', () => {
    expect(parseNik('1871015203990042', REF)).toEqual({
      provinceCode: '18',
      regencyCode: '18.71',
      districtCode: '18.71.01',
      birthDate: '1999-03-12',
      sex: 'P',
      serial: '0042',
    });
  });

  it.each(['187101120399001', '1871013002990001', '18710112039900x1'])('gives undefined for %s', (nik) => {
    expect(parseNik(nik, REF)).toBeUndefined();
  });

  it('decodes without judging province or serial (validateNik judges)', () => {
    expect(parseNik('9971011203990000', REF)).toMatchObject({ provinceCode: '99', serial: '0000' });
  });
});

describe('checkNikAgainstRecord', () => {
  const nik = '1871015203990001'; // woman born 1999-03-12
  it.each<[string, Sex, NikIssueCode[]]>([
    ['1999-03-12', 'P', []],
    ['1999-03-13', 'P', ['nik_birth_date_mismatch']],
    ['1998-03-12', 'P', ['nik_birth_date_mismatch']],
    ['1999-03-12', 'L', ['nik_sex_mismatch']],
    ['1999-12-03', 'L', ['nik_birth_date_mismatch', 'nik_sex_mismatch']],
  ])('record %s %s → %j', (birthDate, sex, expected) => {
    expect(checkNikAgainstRecord(nik, { birthDate, sex }, REF).map((f) => f.code)).toEqual(expected);
  });

  it('does not flag a resident a century older than the NIK reads (the NIK holds no century)', () => {
    expect(checkNikAgainstRecord('1871010501200001', { birthDate: '1920-01-05', sex: 'L' }, REF)).toEqual([]);
  });

  it('flags the date but still checks sex when the NIK date is impossible', () => {
    const flags = checkNikAgainstRecord('1871017002990001', { birthDate: '1999-02-30', sex: 'L' }, REF);
    expect(flags.map((f) => f.code)).toEqual(['nik_birth_date_mismatch', 'nik_sex_mismatch']);
  });

  it('leaves a malformed NIK to validateNik', () => {
    expect(checkNikAgainstRecord('12345', { birthDate: '1999-03-12', sex: 'P' }, REF)).toEqual([]);
  });
});

describe('maskNik', () => {
  it.each([
    ['1871011203990001', '1871••••••••••••'],
    ['1871 0112 0399 0001', '1871••••••••••••'],
    ['187101120399001', '•••••••••••••••'], // malformed: hide it all
    ['', ''],
  ])('%j → %s', (input, expected) => expect(maskNik(input)).toBe(expected));
});

describe('buildNik', () => {
  it.each<[string, string, Sex, number | string, string]>([
    ['18.71.01', '1999-03-12', 'L', 1, '1871011203990001'],
    ['187101', '1999-03-12', 'P', '42', '1871015203990042'],
    ['52.01.10', '2000-02-29', 'P', 9999, '5201106902009999'],
    ['11.01.01', '1950-12-01', 'L', '0007', '1101010112500007'],
  ])('%s %s %s %s → %s', (districtCode, birthDate, sex, serial, expected) => {
    expect(buildNik({ districtCode, birthDate, sex, serial })).toBe(expected);
  });

  it.each([
    { districtCode: '18.71', birthDate: '1999-03-12', sex: 'L' as const, serial: 1 },
    { districtCode: '18.71.01', birthDate: '1999-02-29', sex: 'L' as const, serial: 1 },
    { districtCode: '18.71.01', birthDate: '1999-03-12', sex: 'L' as const, serial: 0 },
    { districtCode: '18.71.01', birthDate: '1999-03-12', sex: 'L' as const, serial: 10000 },
    { districtCode: '18.71.01', birthDate: '1999-03-12', sex: 'L' as const, serial: 1.5 },
  ])('throws for bad parts %j', (parts) => expect(() => buildNik(parts)).toThrow(RangeError));
});

describe('properties', () => {
  const two = fc.integer({ min: 1, max: 99 }).map((n) => String(n).padStart(2, '0'));
  const part = fc.record({
    province: fc.constantFrom(...PROVINCE_CODES),
    regency: two,
    district: two,
    reference: fc.integer({ min: 0, max: 40_000 }).map((d) => addDays('2000-01-01', d)),
    daysBack: fc.integer({ min: 0, max: 36_500 }), // less than 100 years: the NIK's century is unambiguous
    sex: fc.constantFrom<Sex>('L', 'P'),
    serial: fc.integer({ min: 1, max: 9999 }),
  });

  it('parseNik(buildNik(x)) round-trips and validateNik accepts it', () => {
    fc.assert(
      fc.property(part, (x) => {
        const districtCode = `${x.province}.${x.regency}.${x.district}`;
        const birthDate = addDays(x.reference, -x.daysBack);
        const nik = buildNik({ districtCode, birthDate, sex: x.sex, serial: x.serial });
        expect(parseNik(nik, x.reference)).toEqual({
          provinceCode: x.province,
          regencyCode: `${x.province}.${x.regency}`,
          districtCode,
          birthDate,
          sex: x.sex,
          serial: String(x.serial).padStart(4, '0'),
        });
        expect(validateNik(nik, { referenceDate: x.reference })).toMatchObject({ ok: true, warnings: [] });
      }),
    );
  });

  it('normaliseNik is idempotent and removes any separators put into a NIK', () => {
    fc.assert(fc.property(fc.string(), (s) => normaliseNik(normaliseNik(s)) === normaliseNik(s)));
    const sep = fc.constantFrom(' ', '.', '-', '  ', '\t');
    const nik = fc.stringMatching(/^\d{16}$/);
    fc.assert(
      fc.property(nik, fc.array(fc.tuple(fc.nat(16), sep)), (n, cuts) => {
        const spaced = cuts.reduce((s, [at, c]) => s.slice(0, at) + c + s.slice(at), n);
        return normaliseNik(spaced) === n;
      }),
    );
  });

  it('maskNik shows only the province and regency, never the birth digits or the serial', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{16}$/), (n) => {
        const masked = maskNik(n);
        return masked === `${n.slice(0, 4)}••••••••••••` && masked.length === 16;
      }),
    );
  });
});
