import { describe, expect, it } from 'vitest';
import { uncoveredItems } from '../src/equipment-coverage';
import { loanDays, loanPeriodProblem, nextLoanState, periodsOverlap } from '../src/equipment-rules';

describe('loan states', () => {
  it('moves reserved → arrived → returned, and only a reserved loan is cancelled', () => {
    expect(nextLoanState('reserved', 'arrive')).toBe('arrived');
    expect(nextLoanState('arrived', 'return')).toBe('returned');
    expect(nextLoanState('reserved', 'cancel')).toBe('cancelled');
    expect(nextLoanState('arrived', 'cancel')).toBeUndefined();
    expect(nextLoanState('reserved', 'return')).toBeUndefined();
    expect(nextLoanState('returned', 'arrive')).toBeUndefined();
  });
});

describe('loan periods', () => {
  it('lists every day, both ends included, across a month end', () => {
    expect(loanDays('2026-01-30', '2026-02-02')).toEqual([
      '2026-01-30',
      '2026-01-31',
      '2026-02-01',
      '2026-02-02',
    ]);
    expect(loanDays('2026-03-01', '2026-03-01')).toEqual(['2026-03-01']);
  });
  it('refuses an end before the start, a start in the past and more than 92 days', () => {
    expect(loanPeriodProblem('2026-03-05', '2026-03-04', '2026-03-01')).toBe('loan_end_before_start');
    expect(loanPeriodProblem('2026-02-28', '2026-03-04', '2026-03-01')).toBe('loan_starts_in_past');
    expect(loanPeriodProblem('2026-03-01', '2026-05-31', '2026-03-01')).toBeUndefined();
    expect(loanPeriodProblem('2026-03-01', '2026-06-01', '2026-03-01')).toBe('loan_too_long');
  });
  it('overlap shares at least one day', () => {
    expect(
      periodsOverlap({ start: '2026-03-01', end: '2026-03-05' }, { start: '2026-03-05', end: '2026-03-09' }),
    ).toBe(true);
    expect(
      periodsOverlap({ start: '2026-03-01', end: '2026-03-04' }, { start: '2026-03-05', end: '2026-03-09' }),
    ).toBe(false);
  });
});

describe('uncovered out-of-service items', () => {
  const printer = {
    id: 1,
    regionCode: '18.71',
    kind: 'card_printer' as const,
    tag: 'P-1',
    name: 'Printer',
    status: 'broken' as const,
  };
  const set = {
    id: 2,
    regionCode: '18.71',
    kind: 'recording_set' as const,
    tag: 'S-1',
    name: 'Set',
    status: 'in_repair' as const,
  };
  const loan = {
    id: 9,
    toRegion: '18.71',
    start: '2026-03-01',
    end: '2026-03-10',
    kinds: ['card_printer' as const],
  };

  it('a lent item of the same kind, arrived and running on the date, covers one broken item', () => {
    expect(uncoveredItems([printer, set], [loan], '2026-03-05')).toEqual([set]);
  });
  it('outside the period, at another regency or of another kind it covers nothing', () => {
    expect(uncoveredItems([printer], [loan], '2026-03-11')).toEqual([printer]);
    expect(uncoveredItems([printer], [{ ...loan, toRegion: '18.72' }], '2026-03-05')).toEqual([printer]);
    expect(uncoveredItems([set], [loan], '2026-03-05')).toEqual([set]);
  });
  it('two broken printers need two lent printers', () => {
    const second = { ...printer, id: 3, tag: 'P-2' };
    expect(uncoveredItems([printer, second], [loan], '2026-03-05')).toEqual([second]);
    const two = { ...loan, kinds: ['card_printer' as const, 'card_printer' as const] };
    expect(uncoveredItems([printer, second], [two], '2026-03-05')).toEqual([]);
  });
});
