import type { SettingsResponse } from '@sigap/contracts';
import { roleMay } from '@sigap/domain';
import { ErrorAlert, Loading } from '../../components/Status';
import { useT } from '../../lib/i18n';
import { queryKeys, staleTimes } from '../../lib/query-keys';
import { isUnavailable } from '../../lib/unavailable';
import { useApiGet } from '../../lib/use-api-query';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useCurrentUser } from '../auth/AuthProvider';
import { CutoffForm } from './CutoffForm';
import { ElectionTargetsForm } from './ElectionTargetsForm';
import { LetterheadSection } from './LetterheadSection';
import { PopulationForm } from './PopulationForm';
import { SuketNumberForm } from './SuketNumberForm';
import { settingsPath, settingsScopeOf } from './settings.api';

/**
 * Office settings. The letterhead of PDF reports is every office's own (a regency operator reaches this
 * page for it alone); the daily-report cutoff and regency populations are the province's (settings.manage).
 */
export function SettingsPage() {
  const user = useCurrentUser();
  const t = useT();
  useDocumentTitle(t('settings.title'));
  const canManage = roleMay(user.role, 'settings.manage');
  const scope = settingsScopeOf(user.regionCode);
  const settings = useApiGet<SettingsResponse>(queryKeys.settings, canManage ? settingsPath(scope) : null, {
    staleTime: staleTimes.settings,
  });
  const cutoff = settings.data?.items.find((item) => item.key === 'report_cutoff_hour');
  const suketFormat = settings.data?.items.find((item) => item.key === 'suket_number_format');

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
        {canManage && scope.length === 2 ? <PopulationForm province={scope} /> : null}
        {suketFormat ? <SuketNumberForm key={scope} scope={scope} entry={suketFormat} /> : null}
        <LetterheadSection />
        {roleMay(user.role, 'election.manage') ? <ElectionTargetsForm scope={user.regionCode} /> : null}
      </div>
    </section>
  );
}
