import { roleMay } from '@sigap/domain';
import { useT } from '../../lib/i18n';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useCurrentUser } from '../auth/AuthProvider';
import { OperatorReportView } from './OperatorReportView';
import { ProvinceReportsView } from './ProvinceReportsView';

/** A regency sends its daily report here; the province reads, checks and reviews them all. */
export function DailyReportsPage() {
  const user = useCurrentUser();
  const t = useT();
  useDocumentTitle(t('reports.title'));
  const submits = roleMay(user.role, 'report.submit');
  return (
    <section className="page">
      <header className="page-header">
        <h1>{t('reports.title')}</h1>
        <p className="muted">{t(submits ? 'reports.introOperator' : 'reports.introProvince')}</p>
      </header>
      {submits ? <OperatorReportView regency={user.regionCode.slice(0, 5)} /> : <ProvinceReportsView />}
    </section>
  );
}
