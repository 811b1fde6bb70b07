import type { SessionSuggestionReply } from '@sigap/contracts';
import { formatDateLong, formatNumber } from '@sigap/domain';
import { ErrorAlert, Loading } from '../../components/Status';
import { withQuery } from '../../lib/api';
import { useLocale, useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiGet } from '../../lib/use-api-query';

/**
 * "Saran sesi tambahan": where the forecast says the region misses voting day, the extra session-hours
 * (and 3-hour evenings with every recording counter open) that would close the gap at the measured service
 * time. The numbers come from the server's one computation (forecast remaining and pace), never re-derived here.
 */
export function SessionSuggestionCard({ region }: { region: string }) {
  const t = useT();
  const { locale } = useLocale();
  const n = (v: number) => formatNumber(v, locale);
  const r = useApiGet<SessionSuggestionReply>(
    queryKeys.servicePoints,
    withQuery('/v1/service-points/suggestions', { region }),
  );
  const s = r.data;
  return (
    <section className="panel stack" aria-labelledby="suggest-title" data-testid="session-suggestion">
      <h2 id="suggest-title">{t('suggest.title')}</h2>
      {r.error ? <ErrorAlert error={r.error} onRetry={r.reload} /> : null}
      {r.loading && !s ? <Loading /> : null}
      {s && !s.deadline ? <p>{t('suggest.noDeadline', { region: s.region.name })}</p> : null}
      {s?.deadline && s.suggestion.gap === 0 ? (
        <p>{t('suggest.onTrack', { region: s.region.name })}</p>
      ) : null}
      {s?.deadline && s.suggestion.gap > 0 ? (
        <>
          <p>
            {t('suggest.gap', {
              pace: s.pacePerDay === null ? t('suggest.noPace') : n(s.pacePerDay),
              gap: n(s.suggestion.gap),
              region: s.region.name,
              deadline: formatDateLong(s.deadline, locale),
            })}
          </p>
          <p>
            <strong>
              {t('suggest.hours', {
                counterHours: n(s.suggestion.counterHours),
                sessionHours: n(s.suggestion.sessionHours),
                counters: n(s.counters),
                points: n(s.points),
                sessions: n(s.suggestion.sessions),
                length: n(s.suggestion.sessionLength),
                perWeek: n(s.suggestion.sessionsPerWeek ?? s.suggestion.sessions),
              })}
            </strong>
          </p>
        </>
      ) : null}
      {s ? (
        <p className="muted">
          {t(`suggest.minutes.${s.minutesSource}`, {
            minutes: n(s.minutesPerService),
            n: n(s.measuredServices),
          })}
        </p>
      ) : null}
    </section>
  );
}
