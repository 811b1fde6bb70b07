import type { LetterheadResponse, SettingsResponse } from '@sigap/contracts';
import { ErrorAlert, Loading } from '../../components/Status';
import { useT } from '../../lib/i18n';
import { queryKeys, staleTimes } from '../../lib/query-keys';
import { isUnavailable } from '../../lib/unavailable';
import { useApiGet } from '../../lib/use-api-query';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useCurrentUser } from '../auth/AuthProvider';
import { CutoffForm } from './CutoffForm';
import { ElectionTargetsForm } from './ElectionTargetsForm';
import { LetterheadForm } from './LetterheadForm';
import { letterheadPath, settingsPath, settingsScopeOf } from './settings.api';

/**
 * Office settings of the province: the daily-report cutoff, the letterhead of PDF reports and the target of
 * each election.
 */
export function SettingsPage() {
  const user = useCurrentUser();
  const t = useT();
  useDocumentTitle(t('settings.title'));
  const scope = settingsScopeOf(user.regionCode);
  const settings = useApiGet<SettingsResponse>(queryKeys.settings, settingsPath(scope), {
    staleTime: staleTimes.settings,
  });
  const letterhead = useApiGet<LetterheadResponse>(queryKeys.settings, letterheadPath(scope), {
    staleTime: staleTimes.settings,
  });
  const cutoff = settings.data?.items.find((item) => item.key === 'report_cutoff_hour');

  return (
    <section className="page page-narrow">
      <header className="page-header">
        <h1>{t('settings.title')}</h1>
        <p className="muted">{t('settings.intro', { region: user.regionName })}</p>
      </header>
      <div className="stack">
        {settings.loading ? <Loading /> : null}
        {settings.error && isUnavailable(settings.error) ? (
          <p className="alert alert-info">{t('settings.cutoffUnavailable')}</p>
        ) : null}
        {settings.error && !isUnavailable(settings.error) ? (
          <ErrorAlert error={settings.error} onRetry={settings.reload} />
        ) : null}
        {cutoff ? <CutoffForm key={scope} scope={scope} entry={cutoff} onSaved={settings.reload} /> : null}
        {letterhead.loading ? <Loading /> : null}
        {letterhead.error && isUnavailable(letterhead.error) ? (
          <p className="alert alert-info">{t('settings.letterheadUnavailable')}</p>
        ) : null}
        {letterhead.error && !isUnavailable(letterhead.error) ? (
          <ErrorAlert error={letterhead.error} onRetry={letterhead.reload} />
        ) : null}
        {letterhead.data ? <LetterheadForm scope={scope} initial={letterhead.data} /> : null}
        <ElectionTargetsForm scope={user.regionCode} />
      </div>
    </section>
  );
}
