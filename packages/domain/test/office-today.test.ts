import { describe, expect, it } from 'vitest';
import { officeToday } from '../src/timezones';

// Each zone turns its date at its own local midnight: WIT at 15:00Z, WITA at 16:00Z, WIB at 17:00Z.
describe('officeToday', () => {
  it('follows WIB for Lampung (18), the national root and unknown codes', () => {
    expect(officeToday('18', new Date('2026-03-10T16:59:00Z'))).toBe('2026-03-10');
    expect(officeToday('18', new Date('2026-03-10T17:00:00Z'))).toBe('2026-03-11');
    expect(officeToday('1871', new Date('2026-03-10T17:00:00Z'))).toBe('2026-03-11');
    expect(officeToday('ID', new Date('2026-03-10T16:59:00Z'))).toBe('2026-03-10');
    expect(officeToday('ID', new Date('2026-03-10T17:00:00Z'))).toBe('2026-03-11');
    expect(officeToday('99', new Date('2026-03-10T16:59:00Z'))).toBe('2026-03-10');
  });

  it('follows WITA for NTB (52) and its regencies', () => {
    expect(officeToday('52', new Date('2026-03-10T15:59:00Z'))).toBe('2026-03-10');
    expect(officeToday('52', new Date('2026-03-10T16:00:00Z'))).toBe('2026-03-11');
    expect(officeToday('5271', new Date('2026-03-10T16:30:00Z'))).toBe('2026-03-11');
  });

  it('follows WIT for Papua (91)', () => {
    expect(officeToday('91', new Date('2026-03-10T14:59:00Z'))).toBe('2026-03-10');
    expect(officeToday('91', new Date('2026-03-10T15:00:00Z'))).toBe('2026-03-11');
  });

  it('pins the NTB midnight: 00:30 WITA on 11 March is still 23:30 WIB on 10 March', () => {
    const now = new Date('2026-03-10T16:30:00Z');
    expect(officeToday('52', now)).toBe('2026-03-11');
    expect(officeToday('18', now)).toBe('2026-03-10');
  });

  it('crosses the year end on each clock', () => {
    expect(officeToday('91', new Date('2026-12-31T15:00:00Z'))).toBe('2027-01-01');
    expect(officeToday('31', new Date('2026-12-31T15:00:00Z'))).toBe('2026-12-31');
  });
});
