import type { ImportJob, Page } from '@sigap/contracts';
import { formatDateTime, formatNumber } from '@sigap/domain';
import { Link, useSearchParams } from 'react-router';
import { PagedList } from '../../components/PagedList';
import { useLocale, useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiGet } from '../../lib/use-api-query';
import { KIND_KEYS, STATUS_BADGES, STATUS_KEYS } from './import-labels';
import { importsPath } from './imports.api';

const PAGE_SIZE = 10;

/** Past imports, newest first as the server sends them; each opens its result page. Page kept in the URL. */
export function ImportHistory() {
  const t = useT();
  const { locale } = useLocale();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const result = useApiGet<Page<ImportJob>>(queryKeys.imports, importsPath(page, PAGE_SIZE));
  const n = (value: number) => formatNumber(value, locale);

  return (
    <section aria-labelledby="import-history-title">
      <h2 id="import-history-title">{t('imports.history')}</h2>
      <PagedList
        result={result}
        empty={t('imports.historyEmpty')}
        onPage={(next) => setParams(next > 1 ? { page: String(next) } : {})}
        wrapClassName="table-wrap"
        label={t('imports.history')}
        quietRefresh
      >
        {(jobs) => (
          <table className="table-compact table-cards">
            <caption className="visually-hidden">{t('imports.history')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('imports.col.date')}</th>
                <th scope="col">{t('imports.col.file')}</th>
                <th scope="col">{t('imports.col.kind')}</th>
                <th scope="col">{t('imports.col.user')}</th>
                <th scope="col">{t('imports.col.status')}</th>
                <th scope="col" className="num">
                  {t('imports.inserted')}
                </th>
                <th scope="col" className="num">
                  {t('imports.updated')}
                </th>
                <th scope="col" className="num">
                  {t('imports.unchanged')}
                </th>
                <th scope="col" className="num">
                  {t('imports.rejected')}
                </th>
              </tr>
            </thead>
            <tbody>
              {jobs.map((job) => (
                <tr key={job.id}>
                  <td className="nowrap" data-label={t('imports.col.date')}>
                    <time dateTime={job.startedAt}>{formatDateTime(job.startedAt, locale)}</time>
                  </td>
                  <th scope="row" data-label={t('imports.col.file')}>
                    <Link to={`/impor/${job.id}`} className="break-all">
                      {job.fileName}
                    </Link>
                  </th>
                  <td data-label={t('imports.col.kind')}>{t(KIND_KEYS[job.kind])}</td>
                  <td className="code" data-label={t('imports.col.user')}>
                    {job.username ?? t('history.system')}
                  </td>
                  <td data-label={t('imports.col.status')}>
                    <span className={STATUS_BADGES[job.status]}>{t(STATUS_KEYS[job.status])}</span>
                  </td>
                  <td className="num" data-label={t('imports.inserted')}>
                    {n(job.inserted)}
                  </td>
                  <td className="num" data-label={t('imports.updated')}>
                    {n(job.updated)}
                  </td>
                  <td className="num" data-label={t('imports.unchanged')}>
                    {n(job.unchanged)}
                  </td>
                  <td className="num" data-label={t('imports.rejected')}>
                    {n(job.rejected)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </PagedList>
    </section>
  );
}
