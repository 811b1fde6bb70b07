import type { Report } from '@sigap/contracts';
import type { MessageKey } from '../../lib/i18n';

export type FigureField =
  | 'recordedToday'
  | 'cumulativeRecorded'
  | 'mustHoldId'
  | 'printReadyWaiting'
  | 'printed'
  | 'blankoStock'
  | 'suketIssued'
  | 'statedPercent'
  | 'statedRemaining';

/** The figures of a daily report, in form order; `sigap` ones come from Sigap's own counters. */
export const FIGURES: { name: FigureField; label: MessageKey; sigap: boolean; percent?: boolean }[] = [
  { name: 'recordedToday', label: 'reports.f.recordedToday', sigap: true },
  { name: 'cumulativeRecorded', label: 'reports.f.cumulativeRecorded', sigap: true },
  { name: 'mustHoldId', label: 'reports.f.mustHoldId', sigap: true },
  { name: 'printReadyWaiting', label: 'reports.f.printReadyWaiting', sigap: true },
  { name: 'printed', label: 'reports.f.printed', sigap: true },
  { name: 'blankoStock', label: 'reports.f.blankoStock', sigap: false },
  { name: 'suketIssued', label: 'reports.f.suketIssued', sigap: false },
  { name: 'statedPercent', label: 'reports.f.statedPercent', sigap: false, percent: true },
  { name: 'statedRemaining', label: 'reports.f.statedRemaining', sigap: false },
];

/** The figures of the province's table, in column order. */
export const TABLE_COLUMNS: { field: keyof Report & string; label: MessageKey }[] = [
  { field: 'recordedToday', label: 'reports.f.recordedToday' },
  { field: 'cumulativeRecorded', label: 'reports.f.cumulativeRecorded' },
  { field: 'mustHoldId', label: 'reports.f.mustHoldId' },
  { field: 'printReadyWaiting', label: 'reports.f.printReadyWaiting' },
  { field: 'printed', label: 'reports.f.printed' },
  { field: 'blankoStock', label: 'reports.f.blankoStock' },
  { field: 'suketIssued', label: 'reports.f.suketIssued' },
];

export const REQUIRED: readonly FigureField[] = ['cumulativeRecorded', 'mustHoldId'];

export const STATUS_LABEL: Record<Report['status'], { label: MessageKey; badge: string }> = {
  submitted: { label: 'reports.status.submitted', badge: 'badge-info' },
  approved: { label: 'reports.status.approved', badge: 'badge-ok' },
  returned: { label: 'reports.status.returned', badge: 'badge-bad' },
};

/** "6.418.683" or "6,418,683" or "6418683" → 6418683; empty → null; anything else → NaN. */
export function parseCount(text: string): number | null {
  const cleaned = text.replace(/[\s.,]/g, '');
  if (cleaned === '') return null;
  return /^-?\d+$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}

/** "98,58" (Indonesian) or "98.58" → 98.58; a trailing % is allowed. */
export function parsePercent(text: string): number | null {
  const cleaned = text.replace('%', '').trim().replace(',', '.');
  if (cleaned === '') return null;
  return /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}
