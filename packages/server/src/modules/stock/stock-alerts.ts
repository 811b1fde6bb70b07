import type { Reason } from '@sigap/contracts';
import type { WatchSignal } from '../watchlist';
import { stockAlertsFor } from './stock-cover.service';

export { stockAlertsFor };

/**
 * The watch list's stock signal: the alerts of each watched child office as reasons (codes
 * `stock_backlog_exceeds_stock`, `stock_ribbon_low`, `stock_ink_out`). Registered by main.ts with
 * `registerWatchSignal`, so the watch list never knows how stock is kept.
 */
export const stockWatchSignal: WatchSignal = async (handle, { parent, children, now }) => {
  const out = new Map<string, Reason[]>();
  const watched = new Set(children.map((c) => c.code));
  for (const a of await stockAlertsFor(handle, parent, now)) {
    if (!watched.has(a.locationCode)) continue;
    const reasons = out.get(a.locationCode) ?? [];
    reasons.push({ code: `stock_${a.code}`, message: a.message, messageEn: a.messageEn });
    out.set(a.locationCode, reasons);
  }
  return out;
};
