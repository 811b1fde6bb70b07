import type { SuketList, SuketView } from '@sigap/contracts';
import { roleMay } from '@sigap/domain';
import { EmptyState, ErrorAlert, Loading } from '../../components/Status';
import { TableWrap } from '../../components/TableWrap';
import { useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiMutation } from '../../lib/use-api-mutation';
import { useApiGet } from '../../lib/use-api-query';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useAuth } from '../auth/AuthProvider';
import { SendByHand } from './SendByHand';
import { SuketBatchForm } from './SuketBatchForm';
import { SuketIssueForm } from './SuketIssueForm';
import { revokeSuket, suketListPath } from './sukets.api';
import { UndeliveredList } from './UndeliveredList';
import './sukets.css';

/** The office's sukets: the issue form (for those who may issue) and the list of the user's region. */
export function SuketsPage() {
  const t = useT();
  useDocumentTitle(t('suket.title'));
  const { user } = useAuth();
  const list = useApiGet<SuketList>(queryKeys.sukets, suketListPath());
  const revoke = useApiMutation(revokeSuket, [queryKeys.sukets]);
  const canIssue = user ? roleMay(user.role, 'suket.issue') : false;
  const canRevoke = user ? roleMay(user.role, 'suket.revoke') : false;
  const onRevoke = (s: SuketView) => {
    const reason = window.prompt(t('suket.revoke.reason'));
    if (reason && reason.trim().length >= 3)
      revoke.run({ id: s.id, reason: reason.trim() }).catch(() => undefined);
  };
  return (
    <section className="page">
      <header className="page-header">
        <h1>{t('suket.title')}</h1>
        <p className="muted">{t('suket.intro')}</p>
      </header>
      {canIssue && <SuketIssueForm />}
      {canIssue && user && <SuketBatchForm scope={user.regionCode} />}
      <h2>{t('suket.list.title')}</h2>
      <ErrorAlert error={list.error ?? revoke.error} onRetry={list.reload} />
      {list.loading && <Loading />}
      {list.data && list.data.items.length === 0 && <EmptyState>{t('suket.list.empty')}</EmptyState>}
      {list.data && list.data.items.length > 0 && (
        <TableWrap label={t('suket.list.title')}>
          <table className="table">
            <thead>
              <tr>
                <th>{t('suket.col.number')}</th>
                <th>{t('suket.col.name')}</th>
                <th>{t('suket.col.nik')}</th>
                <th>{t('suket.col.status')}</th>
                <th>{t('suket.col.validUntil')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((s) => (
                <tr key={s.id}>
                  <td>{s.number}</td>
                  <td>{s.maskedName}</td>
                  <td>{s.nikLast4}</td>
                  <td>{t(`suket.status.${s.status}`)}</td>
                  <td>{s.validUntil}</td>
                  <td>
                    <a href={`/api/v1/sukets/${s.id}/pdf`} target="_blank" rel="noreferrer">
                      {t('suket.pdf')}
                    </a>{' '}
                    {s.status === 'active' && <SendByHand suketId={s.id} />}{' '}
                    {canRevoke && s.status === 'active' && (
                      <button type="button" className="button link" onClick={() => onRevoke(s)}>
                        {t('suket.revoke')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <UndeliveredList />
    </section>
  );
}
