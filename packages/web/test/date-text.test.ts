import { describe, expect, it } from 'vitest';
import { isRetryable } from '../src/app/query-client';
import { parseDayMonthYear, toDayMonthYear } from '../src/components/date-text';
import { ApiError } from '../src/lib/api';

describe('dd/mm/yyyy date text', () => {
  it('reads day first, with the separators Indonesians write', () => {
    expect(parseDayMonthYear('14/02/2024')).toBe('2024-02-14');
    expect(parseDayMonthYear('1/3/2024')).toBe('2024-03-01');
    expect(parseDayMonthYear(' 14-02-2024 ')).toBe('2024-02-14');
    expect(parseDayMonthYear('14.02.2024')).toBe('2024-02-14');
    expect(parseDayMonthYear('29/02/2024')).toBe('2024-02-29');
  });

  it('refuses dates that do not exist instead of rolling them over', () => {
    for (const text of ['31/02/2024', '29/02/2023', '00/01/2024', '14/13/2024', '31/04/2024']) {
      expect(parseDayMonthYear(text)).toBeUndefined();
    }
  });

  it('refuses other shapes (ISO, two-digit years, words)', () => {
    for (const text of ['2024-02-14', '14/02/24', '14 Feb 2024', '', '14/02/2024x']) {
      expect(parseDayMonthYear(text)).toBeUndefined();
    }
  });

  it('writes ISO dates back as dd/mm/yyyy', () => {
    expect(toDayMonthYear('2024-02-14')).toBe('14/02/2024');
    expect(toDayMonthYear('')).toBe('');
  });
});

describe('query retries', () => {
  it('retry network failures and 5xx, never 4xx', () => {
    const error = (status: number) => new ApiError(status, 'x', 'x', 'x');
    expect(isRetryable(error(0))).toBe(true);
    expect(isRetryable(error(503))).toBe(true);
    expect(isRetryable(error(404))).toBe(false);
    expect(isRetryable(error(422))).toBe(false);
    expect(isRetryable(new Error('other'))).toBe(false);
  });
});
