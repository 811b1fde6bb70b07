import { describe, expect, it } from 'vitest';
import {
  formatAsOf,
  formatDateLong,
  formatDateShort,
  formatDateTime,
  formatDateTimeShort,
  formatNumber,
  formatPercent,
} from '../src/format';

describe('Indonesian formats', () => {
  it('writes long dates with the Indonesian weekday and month', () => {
    expect(formatDateLong('2024-02-14')).toBe('Rabu, 14 Februari 2024');
    expect(formatDateLong('2024-11-27')).toBe('Rabu, 27 November 2024');
    expect(formatDateLong('2023-12-31')).toBe('Minggu, 31 Desember 2023');
  });

  it('keeps calendar dates on their day whatever the zone', () => {
    expect(formatDateLong('2024-01-01', 'id', 'Pacific/Honolulu')).toBe('Senin, 1 Januari 2024');
  });

  it('shows instants in the office zone (WIB by default, WITA for NTB)', () => {
    expect(formatDateTime('2024-02-13T17:30:00Z')).toBe('14 Feb 2024 00.30');
    expect(formatDateTime('2024-02-13T15:30:00Z', 'id', 'Asia/Makassar')).toBe('13 Feb 2024 23.30');
    expect(formatDateTime('2024-02-13T15:30:00Z', 'en')).toBe('13 Feb 2024 22:30');
  });

  it('writes a moment in a table as a short date in words and the time (a last login)', () => {
    expect(formatDateTimeShort('2026-12-03T07:05:00Z')).toBe('3 Des 2026 14.05');
    expect(formatDateTimeShort('2026-12-03T07:05:00Z', 'en')).toBe('3 Dec 2026 14:05');
    // Past midnight in WIB: the date follows the office's day, the hour is 00 not 24.
    expect(formatDateTimeShort('2026-12-03T17:00:00Z')).toBe('4 Des 2026 00.00');
    expect(formatDateTimeShort('2026-12-03T07:05:00Z', 'id', 'Asia/Makassar')).toBe('3 Des 2026 15.05');
  });

  it('writes English when asked', () => {
    expect(formatDateLong('2024-02-14', 'en')).toBe('Wednesday, 14 February 2024');
    expect(formatDateShort('2024-02-14', 'en')).toBe('14 Feb 2024');
    // Not "15 Sept 2027": every English month is three letters in tables.
    expect(formatDateShort('2027-09-15', 'en')).toBe('15 Sep 2027');
    expect(formatDateShort('2027-09-15', 'id')).toBe('15 Sep 2027');
  });

  it('groups thousands with dots and decimals with a comma', () => {
    expect(formatNumber(6418683)).toBe('6.418.683');
    expect(formatNumber(6511448)).toBe('6.511.448');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatNumber(6418683, 'en')).toBe('6,418,683');
  });

  it('computes percentages from counts, two decimals, Indonesian comma', () => {
    expect(formatPercent(6418683 / 6511448)).toBe('98,58%');
    expect(formatPercent(92765 / 6511448)).toBe('1,42%');
    expect(formatPercent(1)).toBe('100,00%');
    expect(formatPercent(0.9858, 'en')).toBe('98.58%');
  });
});

describe('one minus sign', () => {
  it('writes negative numbers and percentages with the typographic minus in both languages', () => {
    expect(formatNumber(-1234)).toBe('−1.234');
    expect(formatNumber(-1234, 'en')).toBe('−1,234');
    expect(formatPercent(-0.0125)).toBe('−1,25%');
    expect(formatNumber(5)).toBe('5');
  });
});

describe('formatAsOf', () => {
  it('states when published figures were read, on the office clock with its zone', () => {
    expect(formatAsOf('2026-12-04T06:00:00Z', 'Asia/Makassar')).toBe('4 Desember 2026 pukul 14.00 WITA');
    expect(formatAsOf('2026-12-04T06:00:00Z', 'Asia/Jakarta')).toBe('4 Desember 2026 pukul 13.00 WIB');
    expect(formatAsOf('2026-12-04T06:00:00Z', 'Asia/Makassar', 'en')).toBe('4 December 2026 at 14:00 WITA');
  });
});
