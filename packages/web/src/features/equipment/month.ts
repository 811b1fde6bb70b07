import { addDays, daysInMonth } from '@sigap/domain';

/** The first and last day of the month holding `date` (YYYY-MM-DD), and every day between. */
export function monthOf(date: string): { first: string; last: string; days: string[] } {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const first = `${date.slice(0, 7)}-01`;
  const n = daysInMonth(year, month);
  const days = Array.from({ length: n }, (_, i) => addDays(first, i));
  return { first, last: days[n - 1] ?? first, days };
}

/** The first day of the month `step` months away. */
export function shiftMonth(first: string, step: number): string {
  const year = Number(first.slice(0, 4));
  const month = Number(first.slice(5, 7)) - 1 + step;
  const y = year + Math.floor(month / 12);
  const m = ((month % 12) + 12) % 12;
  return `${y}-${String(m + 1).padStart(2, '0')}-01`;
}
