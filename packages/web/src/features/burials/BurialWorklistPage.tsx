import type { BurialPage } from '@sigap/contracts';
import { BURIAL_STATUSES, type BurialStatus, formatDateLong } from '@sigap/domain';
import { Link, useSearchParams } from 'react-router';
import { PagedList } from '../../components/PagedList';
import { useLocale, useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiGet } from '../../lib/use-api-query';
import { useDocumentTitle } from '../../lib/use-document-title';
import { worklistPath } from './burials.api';

const PAGE_SIZE = 50;

/**
 * "/kematian/pemakaman": the office's worklist. New leads first (oldest first: they waited longest); each
 * opens on its own page to match, certify or dismiss. The status filter stays in the URL.
 */
export function BurialWorklistPage() {
  const t = useT();
  const { locale } = useLocale();
  useDocumentTitle(t('burials.title'));
  const [params, setParams] = useSearchParams();
  const asked = params.get('status');
  const status: BurialStatus | undefined =
    asked === 'all' ? undefined : (BURIAL_STATUSES.find((s) => s === asked) ?? 'open');
  const page = Math.max(1, Number(params.get('page')) || 1);
  const result = useApiGet<BurialPage>(queryKeys.burials, worklistPath(status, page, PAGE_SIZE));
  const go = (next: string, nextPage = 1) =>
    setParams({ status: next, ...(nextPage > 1 ? { page: String(nextPage) } : {}) });
  return (
    <section className="page">
      <header className="page-header">
        <h1>{t('burials.title')}</h1>
        <p className="muted">{t('burials.intro')}</p>
      </header>
      <div className="field">
        <label htmlFor="burials-status">{t('burials.status')}</label>
        <select id="burials-status" value={status ?? 'all'} onChange={(e) => go(e.target.value)}>
          {BURIAL_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`burials.status.${s}`)}
            </option>
          ))}
          <option value="all">{t('burials.status.all')}</option>
        </select>
      </div>
      <PagedList
        result={result}
        onPage={(p) => go(status ?? 'all', p)}
        empty={t('burials.empty')}
        wrapClassName="table-wrap"
        label={t('burials.table')}
      >
        {(items) => (
          <table className="table-compact table-cards">
            <caption className="visually-hidden">{t('burials.table')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('burials.col.name')}</th>
                <th scope="col">{t('burials.col.cemetery')}</th>
                <th scope="col">{t('burials.col.death')}</th>
                <th scope="col">{t('burials.col.status')}</th>
                <th scope="col">{t('burials.col.resident')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((b) => (
                <tr key={b.id}>
                  <th scope="row" data-label={t('burials.col.name')}>
                    <Link to={`/kematian/pemakaman/${b.id}`}>{b.fullName}</Link>
                  </th>
                  <td data-label={t('burials.col.cemetery')}>{b.cemeteryName}</td>
                  <td data-label={t('burials.col.death')}>{formatDateLong(b.dateOfDeath, locale)}</td>
                  <td data-label={t('burials.col.status')}>{t(`burials.status.${b.status}`)}</td>
                  <td data-label={t('burials.col.resident')}>{b.residentName ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </PagedList>
    </section>
  );
}
