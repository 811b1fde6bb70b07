import type { ServicePointList } from '@sigap/contracts';
import { useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiGet } from '../../lib/use-api-query';
import { SERVICE_POINTS_PATH } from '../service-points/service-points.api';

/**
 * Where to point the waiting-room TV and the survey tablet of each point of the scope: both pages are
 * public, so an office opens them once on the device and leaves them running.
 */
export function ScreensPanel() {
  const t = useT();
  const points = useApiGet<ServicePointList>(queryKeys.servicePoints, SERVICE_POINTS_PATH);
  const items = points.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <details className="panel">
      <summary>{t('skmReport.screens')}</summary>
      <p className="muted">{t('skmReport.screensIntro')}</p>
      <ul>
        {items.map((p) => (
          <li key={p.id}>
            {p.name}:{' '}
            <a href={`/tampilan/${p.id}`} target="_blank" rel="noreferrer">
              {t('skmReport.display')}
            </a>
            {' · '}
            <a href={`/skm/kiosk/${p.id}`} target="_blank" rel="noreferrer">
              {t('skmReport.kiosk')}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
