import type { CoverageResponse } from '@sigap/contracts';
import { formatDateLong, formatDateTime } from '@sigap/domain';
import { useLocale, useT } from '../../lib/i18n';

/**
 * Says where the tiles' figures come from whenever another screen could show a different number for the
 * same region (issue 11, one number per figure): a past day's stored close, the counters now for a past
 * day without one, or wajib counted on an election's voting day while the trend counts each day's own.
 */
export function FiguresBasisNote({ coverage, today }: { coverage: CoverageResponse; today: string }) {
  const t = useT();
  const { locale } = useLocale();
  const { basis, referenceDate } = coverage;
  const date = formatDateLong(basis.date, locale);
  let text: string | undefined;
  if (basis.source === 'snapshot') text = t('cc.asOfSnapshot', { date });
  else if (basis.source === 'counters') text = t('cc.asOfCounters', { date });
  else if (referenceDate > today) text = t('cc.trend.electionNote', { date });
  // A read replica more than a minute behind says so: the page and a report taken from the primary may
  // differ by what happened since (issue 17, the stated as-of time).
  const fresh = coverage.freshness;
  const lagging = fresh && fresh.source === 'replica' && fresh.lagSeconds >= 60;
  if (!text && !lagging) return null;
  return (
    <>
      {text && (
        <p className="muted cc-basis" data-testid="figures-basis">
          {text}
        </p>
      )}
      {lagging && (
        <p className="muted cc-basis" data-testid="figures-replica-lag">
          {t('cc.replicaLag', {
            asOf: formatDateTime(fresh.asOf, locale),
            minutes: Math.round(fresh.lagSeconds / 60),
          })}
        </p>
      )}
    </>
  );
}
