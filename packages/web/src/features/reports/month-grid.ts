import { addDays, REPORT_CELL_STATES, type ReportCellState } from '@sigap/domain';
import type { MessageKey } from '../../lib/i18n';

/** The legend of the month grid, in order: each state's label, its short mark and its cell class. */
export const CELL_LEGEND: { state: ReportCellState; label: MessageKey; mark: MessageKey }[] =
  REPORT_CELL_STATES.map((state) => ({
    state,
    label: `reports.cell.${state}`,
    mark: `reports.cell.short.${state}`,
  }));

/** The twelve months up to and including `today`'s, newest first (`YYYY-MM`). */
export function recentMonths(today: string, count = 12): string[] {
  const out: string[] = [];
  let day = `${today.slice(0, 7)}-01`;
  for (let i = 0; i < count; i += 1) {
    out.push(day.slice(0, 7));
    day = `${addDays(day, -1).slice(0, 7)}-01`;
  }
  return out;
}

/** "Desember 2026" / "December 2026". */
export function monthLabel(month: string, locale: 'id' | 'en'): string {
  return new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${month}-01T00:00:00Z`));
}
