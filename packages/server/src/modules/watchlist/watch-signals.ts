import type { Reason } from '@sigap/contracts';
import { formatDateLong } from '@sigap/domain';
import type { Db } from '../../db/connect';
import { regenciesMissingReport } from '../reports';

/** What a signal is asked about: the watched child regions of one parent, at one instant. */
export interface WatchSignalInput {
  parent: string;
  children: readonly { code: string; level: string }[];
  now: Date;
}

/**
 * A source of watch-list reasons beside the forecast: it returns the reasons per child region code.
 * The hook for later modules: logistics registers one that flags blanko or ribbon days-of-cover below
 * a threshold (`blanko_low`, `ribbon_low`) and broken recording or printing equipment
 * (`equipment_broken`), without the watch list knowing how stock is kept.
 */
export type WatchSignal = (handle: Db, input: WatchSignalInput) => Promise<Map<string, Reason[]>>;

const reportMissing = (date: string): Reason => ({
  code: 'report_missing',
  message: `Laporan harian ${formatDateLong(date, 'id')} belum masuk.`,
  messageEn: `No daily report for ${formatDateLong(date, 'en')}.`,
});

/**
 * Regencies that owe a daily report: none for the day due on their clock (today once the province's cutoff
 * hour has passed, else yesterday) nor a later one. It used to ask about yesterday always, on the province's
 * clock: after the cutoff, and on the first day of reporting, regencies that had sent today's report were
 * flagged. Until any regency has ever sent a report, daily reporting is not in use: no flags.
 */
export const reportMissingSignal: WatchSignal = async (handle, { children, now }) => {
  const out = new Map<string, Reason[]>();
  const regencies = children.filter((c) => c.level === 'regency').map((c) => c.code);
  for (const { code, date } of await regenciesMissingReport(handle, regencies, now))
    out.set(code, [reportMissing(date)]);
  return out;
};

const SIGNALS: WatchSignal[] = [reportMissingSignal];

/**
 * Adds a signal (a later module at start-up); registering the same function twice has no effect.
 * Returns the function that removes it again.
 */
export function registerWatchSignal(signal: WatchSignal): () => void {
  if (!SIGNALS.includes(signal)) SIGNALS.push(signal);
  return () => {
    const at = SIGNALS.indexOf(signal);
    if (at >= 0) SIGNALS.splice(at, 1);
  };
}

/** Every registered signal's reasons, merged per region code. */
export async function collectSignals(handle: Db, input: WatchSignalInput): Promise<Map<string, Reason[]>> {
  const merged = new Map<string, Reason[]>();
  for (const signal of SIGNALS) {
    for (const [code, reasons] of await signal(handle, input)) {
      merged.set(code, [...(merged.get(code) ?? []), ...reasons]);
    }
  }
  return merged;
}
