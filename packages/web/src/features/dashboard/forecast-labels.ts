import type { ForecastStatus } from '@sigap/contracts';
import type { MessageKey } from '../../lib/i18n';

export const FORECAST_STATUS: Record<ForecastStatus, { label: MessageKey; badge: string }> = {
  reached: { label: 'cc.status.reached', badge: 'badge-ok' },
  on_track: { label: 'cc.status.on_track', badge: 'badge-ok' },
  off_track: { label: 'cc.status.off_track', badge: 'badge-bad' },
  stalled: { label: 'cc.status.stalled', badge: 'badge-bad' },
  insufficient_history: { label: 'cc.status.insufficient_history', badge: 'badge-off' },
};

/** Unknown statuses (a newer server) fall back to a neutral badge showing the code. */
export function forecastStatus(status: string): { label: MessageKey | undefined; badge: string } {
  const known = FORECAST_STATUS[status as ForecastStatus];
  return known ?? { label: undefined, badge: 'badge-off' };
}
