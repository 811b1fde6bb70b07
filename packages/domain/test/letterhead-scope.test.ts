import { describe, expect, it } from 'vitest';
import { letterheadScopeOf, regencyPlaceName } from '../src/letterhead-scope';

describe('letterheadScopeOf', () => {
  it('gives a regency report its own office and a province report the province office', () => {
    expect(letterheadScopeOf('ID')).toBe('ID');
    expect(letterheadScopeOf('18')).toBe('18');
    expect(letterheadScopeOf('18.71')).toBe('18.71');
    expect(letterheadScopeOf('18.71.01')).toBe('18.71');
    expect(letterheadScopeOf('18.71.01.1003')).toBe('18.71');
  });
});

describe('regencyPlaceName', () => {
  it('drops the Kota/Kabupaten prefix for the signature place', () => {
    expect(regencyPlaceName('Kota Bandar Lampung')).toBe('Bandar Lampung');
    expect(regencyPlaceName('Kabupaten Lampung Selatan')).toBe('Lampung Selatan');
    expect(regencyPlaceName('Kab. Lombok Barat')).toBe('Lombok Barat');
    expect(regencyPlaceName('Mataram')).toBe('Mataram');
  });
});
