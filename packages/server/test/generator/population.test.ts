import {
  checkNikAgainstRecord,
  PRINT_STATUSES,
  RECORDING_STATUSES,
  type ResidentRecord,
  validateNik,
} from '@sigap/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateResidents } from '../../src/modules/generator/population';
import { Prng } from '../../src/modules/generator/prng';
import { optionsFor, REFERENCE_DATE, take, villagesOf } from './fixtures';

describe('prng', () => {
  it('repeats a stream for a seed and stays in range', () => {
    const a = new Prng('x');
    const b = new Prng('x');
    const draws = Array.from({ length: 1000 }, () => a.int(3, 7));
    expect(draws).toEqual(Array.from({ length: 1000 }, () => b.int(3, 7)));
    expect(new Set(draws)).toEqual(new Set([3, 4, 5, 6, 7]));
    const normals = Array.from({ length: 20_000 }, () => a.normal());
    const mean = normals.reduce((s, x) => s + x, 0) / normals.length;
    expect(Math.abs(mean)).toBeLessThan(0.03);
  });
});

describe('generateResidents: determinism', () => {
  it('gives the same first 1000 records for the same seed, different ones for another seed', () => {
    const first = take(optionsFor('18', 0.001, 7), 1000);
    expect(take(optionsFor('18', 0.001, 7), 1000)).toEqual(first);
    const other = take(optionsFor('18', 0.001, 8), 1000);
    expect(other.map((r) => r.nik)).not.toEqual(first.map((r) => r.nik));
  });

  it('refuses options it cannot honour', () => {
    const run = (o: Partial<ReturnType<typeof optionsFor>>) => () =>
      generateResidents({ ...optionsFor('18', 0.001), ...o }).next();
    expect(run({ scale: 0 })).toThrow(RangeError);
    expect(run({ provinceCode: '1' })).toThrow(RangeError);
    expect(run({ provinceCode: '52', villages: villagesOf('18') })).toThrow(/no villages/);
  });
});

describe('generateResidents: identity and households (Lampung, scale 0.01)', () => {
  let records: ResidentRecord[] = [];
  beforeAll(() => {
    records = [...generateResidents(optionsFor('18', 0.01))];
  });

  it('gives every resident a valid NIK that agrees with birth date, sex and regency, unique', () => {
    const districts = new Set(villagesOf('18').map((v) => v.code.slice(0, 8)));
    const bad: string[] = [];
    for (const r of records) {
      const v = validateNik(r.nik, { referenceDate: REFERENCE_DATE, knownDistricts: districts });
      const ok = v.ok && v.warnings.length === 0 && v.parsed.regencyCode === r.villageCode.slice(0, 5);
      if (!ok || checkNikAgainstRecord(r.nik, r, REFERENCE_DATE).length > 0) bad.push(r.nik);
    }
    expect(bad).toEqual([]);
    expect(new Set(records.map((r) => r.nik)).size).toBe(records.length);
    // Most carry their own district's NIK; some older residents one of another district (people move).
    const own = records.filter((r) => r.nik.slice(0, 6) === r.villageCode.slice(0, 8).replaceAll('.', ''));
    expect(own.length / records.length).toBeGreaterThan(0.9);
    expect(own.length).toBeLessThan(records.length);
  });

  it('groups residents into family cards of 1–7 sharing NO_KK, village and address', () => {
    const cards = new Map<string, ResidentRecord[]>();
    for (const r of records) {
      const members = cards.get(r.noKk);
      if (members) members.push(r);
      else cards.set(r.noKk, [r]);
    }
    const broken = [...cards].filter(([noKk, members]) => {
      const district = (members[0] as ResidentRecord).villageCode.slice(0, 8).replaceAll('.', '');
      const places = new Set(members.map((m) => `${m.villageCode}|${m.address}`));
      return !/^\d{16}$/.test(noKk) || !noKk.startsWith(district) || members.length > 7 || places.size !== 1;
    });
    expect(broken.map(([noKk]) => noKk)).toEqual([]);
    const mean = records.length / cards.size;
    expect(mean).toBeGreaterThan(2.8);
    expect(mean).toBeLessThan(4.2);
  });

  it('writes coherent fields: upper-case names of 1–3 words, ordered dates, statuses that fit', () => {
    // One expect per rule over all records: 90k × a dozen expects would dominate the suite's run time.
    const rules: [string, (r: ResidentRecord) => boolean][] = [
      ['name', (r) => /^[A-Z.]+( [A-Z.]+){0,2}$/.test(r.fullName)],
      ['village', (r) => /^18\.\d{2}\.\d{2}\.\d{4}$/.test(r.villageCode)],
      [
        'statuses',
        (r) => RECORDING_STATUSES.includes(r.recordingStatus) && PRINT_STATUSES.includes(r.printStatus),
      ],
      ['dates', (r) => dates(r).every((d) => d >= r.birthDate && d <= REFERENCE_DATE)],
      [
        'printed only PRR',
        (r) => r.printStatus === 'NOT_PRINTED' || r.recordingStatus === 'PRINT_READY_RECORD',
      ],
      ['printed date', (r) => (r.printedDate !== null) === (r.printStatus !== 'NOT_PRINTED')],
      ['handed date', (r) => (r.handedOverDate !== null) === (r.printStatus === 'HANDED_OVER')],
      ['handed after print', (r) => !r.handedOverDate || r.handedOverDate >= (r.printedDate ?? '')],
      ['IKD after handover', (r) => !r.ikdActivatedDate || r.ikdActivatedDate >= (r.handedOverDate ?? '9')],
      ['recording date', (r) => (r.recordingDate === null) === (r.recordingStatus === 'UNREGISTERED')],
      ['life date', (r) => (r.lifeStatusDate === null) === (r.lifeStatus === 'ALIVE')],
      ['stay permit', (r) => (r.stayPermit === null) === (r.citizenship === 'WNI')],
    ];
    for (const [rule, holds] of rules) {
      expect(
        records.filter((r) => !holds(r)).map((r) => r.nik),
        rule,
      ).toEqual([]);
    }
  });
});

function dates(r: ResidentRecord): string[] {
  const all = [r.recordingDate, r.printedDate, r.handedOverDate, r.ikdActivatedDate, r.lifeStatusDate];
  return all.filter((d): d is string => d !== null);
}

describe('generateResidents: NTB naming', () => {
  it('gives LALU only to men and BAIQ only to women, on Lombok', () => {
    const records = [...generateResidents(optionsFor('52', 0.002))];
    const lalu = records.filter((r) => r.fullName.startsWith('LALU '));
    const baiq = records.filter((r) => r.fullName.startsWith('BAIQ '));
    expect(lalu.length).toBeGreaterThan(0);
    expect(baiq.length).toBeGreaterThan(0);
    expect(lalu.every((r) => r.sex === 'L')).toBe(true);
    expect(baiq.every((r) => r.sex === 'P')).toBe(true);
    const lombok = new Set(['52.01', '52.02', '52.03', '52.08', '52.71']);
    expect(lalu.filter((r) => lombok.has(r.villageCode.slice(0, 5))).length / lalu.length).toBeGreaterThan(
      0.9,
    );
  });
});
