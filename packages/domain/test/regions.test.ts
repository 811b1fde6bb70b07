import { describe, expect, it } from 'vitest';
import {
  ancestorCodes,
  districtCodeFromNik,
  isRegionCode,
  isWithinScope,
  normaliseRegionCode,
  parentRegionCode,
  regionLevel,
} from '../src/regions';

describe('region codes', () => {
  it('knows each level by the shape of its code', () => {
    expect(regionLevel('ID')).toBe('country');
    expect(regionLevel('18')).toBe('province');
    expect(regionLevel('18.71')).toBe('regency');
    expect(regionLevel('18.71.01')).toBe('district');
    expect(regionLevel('18.71.01.1001')).toBe('village');
    for (const bad of ['', '1', '187', '18.7', '18.71.1', '18.71.01.101', '18-71', 'id', '18.71.01.1001.1']) {
      expect(regionLevel(bad), bad).toBeUndefined();
      expect(isRegionCode(bad), bad).toBe(false);
    }
  });

  it('derives parents and ancestors, root first', () => {
    expect(parentRegionCode('18.71.01.1001')).toBe('18.71.01');
    expect(parentRegionCode('18')).toBe('ID');
    expect(parentRegionCode('ID')).toBeUndefined();
    expect(ancestorCodes('18.71.01.1001')).toEqual(['ID', '18', '18.71', '18.71.01']);
    expect(ancestorCodes('ID')).toEqual([]);
  });

  it('decides scope by prefix on whole segments', () => {
    expect(isWithinScope('18.71', '18.71')).toBe(true);
    expect(isWithinScope('18.71', '18.71.01.1001')).toBe(true);
    expect(isWithinScope('18.71', '18.7')).toBe(false);
    expect(isWithinScope('18.7', '18.71')).toBe(false);
    expect(isWithinScope('18.71', '18.01')).toBe(false);
    expect(isWithinScope('18.71', '18')).toBe(false);
    expect(isWithinScope('1', '18')).toBe(false);
    expect(isWithinScope('ID', '52.01')).toBe(true);
  });

  it('normalises undotted SIAK codes', () => {
    expect(normaliseRegionCode('1871011001')).toBe('18.71.01.1001');
    expect(normaliseRegionCode('187101')).toBe('18.71.01');
    expect(normaliseRegionCode(' 18.71 ')).toBe('18.71');
    expect(normaliseRegionCode('18710')).toBeUndefined();
    expect(normaliseRegionCode('abc')).toBeUndefined();
  });

  it('reads the district of first issue from a NIK', () => {
    expect(districtCodeFromNik('1871015708040001')).toBe('18.71.01');
    expect(districtCodeFromNik('18.7101 570804 0001')).toBe('18.71.01');
    expect(districtCodeFromNik('18x')).toBeUndefined();
  });
});
