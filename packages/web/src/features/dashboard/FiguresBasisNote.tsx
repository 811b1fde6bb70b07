import type { CoverageResponse } from '@sigap/contracts';
import { formatDateLong } from '@sigap/domain';
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
  if (!text) return null;
  return (
    <p className="muted cc-basis" data-testid="figures-basis">
      {text}
    </p>
  );
}
